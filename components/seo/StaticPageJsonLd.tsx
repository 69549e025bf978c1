import { env } from "@/lib/env";
import type { PublishedPage } from "@/lib/pages/types";
import { staticPageJsonLd } from "@/lib/seo/json-ld";
import { JsonLdScript } from "./JsonLdScript";

export function StaticPageJsonLd({ page }: { page: PublishedPage }) {
  return <JsonLdScript data={staticPageJsonLd({ url: env().SITE_URL, name: env().SITE_NAME }, page)} />;
}
