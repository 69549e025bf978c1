import { paths } from "@/lib/paths";

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const ANCHOR = /<a\b([^>]*)>/gi;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const REL = /\srel\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i;

const decode = (value: string) => value.replace(/&amp;/g, "&");

/** Applies `change` to the markup outside <script> elements: their text is hashed, so it must stay byte for byte. */
function outsideScripts(html: string, change: (markup: string) => string): string {
  let out = "";
  let last = 0;
  for (const match of html.matchAll(SCRIPT)) {
    out += change(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + change(html.slice(last));
}

/** The http(s) links an ad's markup makes: the only addresses its click counter will redirect to. */
export function adLinksOf(html: string): string[] {
  const links: string[] = [];
  outsideScripts(html, (markup) => {
    for (const [, attributes] of markup.matchAll(ANCHOR)) {
      const href = HREF.exec(attributes!);
      const url = href && decode(href[1] ?? href[2] ?? href[3] ?? "");
      if (url && /^https?:\/\//i.test(url)) links.push(url);
    }
    return markup;
  });
  return links;
}

/** The click-counting address of an ad's link. */
export function adClickUrl(slotId: number, to: string): string {
  return `${paths.adClick(slotId)}?to=${encodeURIComponent(to)}`;
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/**
 * The administrator's ad code as reader pages show it: its static links go through the click
 * counter and are marked `rel="sponsored"`, as the advertising law and search engines expect.
 * Scripts are left exactly as saved (their hashes were computed on save).
 */
export function prepareAdHtml(html: string, slotId: number): string {
  return outsideScripts(html, (markup) =>
    markup.replace(ANCHOR, (whole, attributes: string) => {
      const href = HREF.exec(attributes);
      const url = href && decode(href[1] ?? href[2] ?? href[3] ?? "");
      if (!url || !/^https?:\/\//i.test(url)) return whole;
      const rest = attributes.replace(HREF, "").replace(REL, "");
      return `<a href="${escapeAttribute(adClickUrl(slotId, url))}" rel="sponsored noopener"${rest}>`;
    }),
  );
}
