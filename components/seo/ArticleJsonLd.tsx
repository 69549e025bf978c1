import type { ArticleFull } from "@/lib/articles/types";
import { env } from "@/lib/env";
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { JsonLdScript } from "./JsonLdScript";

export function ArticleJsonLd({ article }: { article: ArticleFull }) {
  const site = { url: env().SITE_URL, name: env().SITE_NAME };
  return <JsonLdScript data={[newsArticleJsonLd(site, article), articleBreadcrumbJsonLd(site, article)]} />;
}
