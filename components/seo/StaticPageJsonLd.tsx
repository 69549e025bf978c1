import type { PublishedPage } from "@/lib/pages/types";
import { staticPageJsonLd } from "@/lib/seo/json-ld";
import { JsonLdScript } from "./JsonLdScript";
import { siteIdentity } from "./site-identity";

export async function StaticPageJsonLd({ page }: { page: PublishedPage }) {
  return <JsonLdScript data={staticPageJsonLd(await siteIdentity(), page)} />;
}
