import { mapMediaUrl, type Conversion } from "./conversion";
import { escapeAttribute, escapeText } from "./html-text";

/** WP_Embed's URL: http(s) and no ASCII whitespace, angle brackets or double quotes. */
export const URL_PATTERN = 'https?://[^\\t\\n\\v\\f\\r <>"]+';
const HTTP_URL = new RegExp(`^${URL_PATTERN}$`, "i");

const EMBED_SERVICES = ["youtube.com", "youtu.be", "t.me", "telegram.me", "vk.com", "vk.ru", "vkvideo.ru", "x.com", "twitter.com"];

/** YouTube, Telegram, VK and X/Twitter: the services whose links WordPress posts embed. */
export function isEmbedService(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return EMBED_SERVICES.some((service) => host === service || host.endsWith(`.${service}`));
}

function linkTo(url: string): string {
  return `<a href="${escapeAttribute(url)}">${escapeText(url)}</a>`;
}

/** A link to `url` (plain text, entities decoded), an upload's URL mapped to its new address; null when it is no http(s) URL. */
export function embedLink(url: string, conversion: Conversion): string | null {
  return HTTP_URL.test(url) ? linkTo(mapMediaUrl(conversion, url)) : null;
}

/** What an embed becomes, the article allowlist having no iframes: `<p><a href>URL</a></p>`. */
export function embedParagraph(url: string, conversion: Conversion): string | null {
  const link = embedLink(url, conversion);
  return link === null ? null : `<p>${link}</p>`;
}
