import { pickWidth } from "@/lib/media/paths";
import { paths } from "@/lib/paths";
import type { AuthorProfile } from "@/lib/taxonomy/reads";

/** An author archive's schema.org Person: name, archive address, photo, bio and job title. */
export function personJsonLd(siteUrl: string, author: AuthorProfile, imageUrl: (key: string, width: number) => string): Record<string, unknown> {
  const url = new URL(paths.author(author.slug), siteUrl).toString();
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": `${url}#person`,
    name: author.name,
    url,
    image: author.avatar ? new URL(imageUrl(author.avatar.key, pickWidth(author.avatar.widths, 400)), siteUrl).toString() : undefined,
    description: author.bio || undefined,
    jobTitle: author.jobTitle || undefined,
  };
}
