import type { Conversion } from "./conversion";
import { embedLink } from "./links";
import { WS } from "./php-regex";
import { getAttribute } from "./tag-attributes";

// An iframe, with the start or end of the paragraph around it if any.
const IFRAME = new RegExp(`(<p(?: [^>]*)?>${WS}*)?(<iframe\\b[^>]*>(?:[\\s\\S]*?<\\/iframe>)?)(${WS}*<\\/p>)?`, "gi");

/**
 * Pasted embed code (a YouTube or VK player iframe) becomes a link to what it played: a paragraph
 * of its own, or a link inside the paragraph it shares with text.
 */
export function convertIframes(html: string, conversion: Conversion): string {
  return html.replace(IFRAME, (_match, open: string | undefined, iframe: string, close: string | undefined) => {
    const src = getAttribute(iframe, "src");
    const link = src === undefined ? null : embedLink(src.startsWith("//") ? `https:${src}` : src, conversion);
    const wholeParagraph = open !== undefined && close !== undefined;
    const sharedParagraph = !wholeParagraph && (open !== undefined || close !== undefined);
    if (link === null) {
      conversion.log.dropped.push(iframe);
      return wholeParagraph ? "" : (open ?? "") + (close ?? "");
    }
    conversion.log.embeds++;
    return sharedParagraph ? (open ?? "") + link + (close ?? "") : `<p>${link}</p>`;
  });
}
