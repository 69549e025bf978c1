import type { ArticleFull } from "@/lib/articles/types";
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { JsonLdScript } from "./JsonLdScript";
import { siteIdentity } from "./site-identity";

export async function ArticleJsonLd({ article }: { article: ArticleFull }) {
  const site = await siteIdentity();
  return <JsonLdScript data={[newsArticleJsonLd(site, article), articleBreadcrumbJsonLd(site, article)]} />;
}
