import { PROVIDERS, type Embed } from "./providers";

/** What an article stores for an embed: a marker the reader page replaces, and a plain link for feeds and other readers. */
export function storedEmbedAttributes({ provider, id }: Embed) {
  return { class: "embed", "data-embed": provider, "data-embed-id": id };
}

export function embedLink({ provider, id }: Embed): { href: string; text: string } {
  const rules = PROVIDERS[provider];
  return { href: rules.pageUrl(id), text: `${rules.label}: ${rules.kind} — ${rules.pageUrl(id)}` };
}
