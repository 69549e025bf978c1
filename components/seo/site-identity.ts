import { getBranding } from "@/lib/branding/reads";
import { SOCIAL_NETWORK_IDS } from "@/lib/branding/social";
import { env } from "@/lib/env";
import type { Site } from "@/lib/seo/json-ld";
import { editionOrNull } from "@/lib/editions/edition";
import { editionPrefix } from "@/lib/editions/editions";

/** The outlet as structured data names it: «Оформление и реквизиты» at the site's address. */
export async function siteIdentity(): Promise<Site> {
  const branding = await getBranding();
  const current = editionOrNull();
  return {
    url: env().SITE_URL,
    name: branding.name,
    ...(current ? { edition: { language: current.language, prefix: editionPrefix(current.language, current.editions), home: current.t.nav.home } } : {}),
    description: branding.description,
    sameAs: SOCIAL_NETWORK_IDS.map((n) => branding.social[n]).filter(Boolean),
    email: branding.contacts.email,
    telephone: branding.contacts.phone,
    address: branding.contacts.address,
  };
}
