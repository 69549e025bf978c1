import { fill } from "@/lib/i18n/format";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { PROVIDERS, embedOf } from "./providers";

/** The placeholder's words, in the reader page's language. */
export type EmbedWords = Messages["embed"];

const STORED_EMBED = /<figure class="embed" data-embed="([a-z]+)" data-embed-id="([^"<>]+)">[\s\S]*?<\/figure>/g;

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function placeholder(provider: keyof typeof PROVIDERS, id: string, words: EmbedWords): string {
  const rules = PROVIDERS[provider];
  const frame = escapeAttribute(rules.frameUrl(id));
  const page = escapeAttribute(rules.pageUrl(id));
  const host = new URL(rules.frameUrl(id)).hostname;
  const height = rules.frameHeight ? ` data-embed-height="${rules.frameHeight}"` : "";
  const title = `${rules.label}: ${rules.kind === "видео" ? words.video : words.post}`;
  return (
    `<figure class="embed" data-embed="${provider}"><div class="embed-card" data-embed-frame="${frame}"${height}>` +
    `<strong class="embed-title">${escapeAttribute(title)}</strong>` +
    `<span class="embed-note">${escapeAttribute(fill(words.note, { host }))}</span>` +
    `<a class="embed-play" href="${page}" data-embed-play="${escapeAttribute(title)}">${escapeAttribute(words.play)}</a>` +
    `</div></figure>`
  );
}

/**
 * Stored embeds (sanitized HTML) as placeholders that load nothing from the provider: the
 * «Смотреть» link leads to the original, and the reader page's small script swaps in the frame.
 */
export function withEmbedPlaceholders(cleanHtml: string, words: EmbedWords = messagesFor("ru").embed): { html: string; hasEmbeds: boolean } {
  let hasEmbeds = false;
  const html = cleanHtml.replace(STORED_EMBED, (whole, provider: string, id: string) => {
    const embed = embedOf(provider, id);
    if (!embed) return whole;
    hasEmbeds = true;
    return placeholder(embed.provider, embed.id, words);
  });
  return { html, hasEmbeds };
}
