import { z } from "zod";
import { findBlockDelimiters, type BlockDelimiter } from "./block-comments";
import type { Conversion } from "./conversion";
import { decodeEntities } from "./html-text";
import { embedParagraph, URL_PATTERN } from "./links";
import { phpTrim } from "./php-regex";
import { getAttribute } from "./tag-attributes";

type Block = { attributes: unknown; html: string; source: string };
type BlockConverter = (block: Block, conversion: Conversion) => string;

const EmbedAttributes = z.object({ url: z.string() });
const FIGCAPTION = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/i;
const FIRST_URL = new RegExp(URL_PATTERN, "i");
const INNERMOST_FIGURE = /<figure\b[^>]*>((?:(?!<figure\b)[\s\S])*?)<\/figure>/gi;

function captionParagraph(html: string): string {
  const caption = phpTrim(FIGCAPTION.exec(html)?.[1] ?? "");
  return caption === "" ? "" : `<p>${caption}</p>`;
}

function embedOrDrop(url: string | undefined, block: Block, conversion: Conversion): string {
  const paragraph = url === undefined ? null : embedParagraph(url, conversion);
  if (paragraph === null) {
    conversion.log.dropped.push(block.source);
    return "";
  }
  conversion.log.embeds++;
  return paragraph + captionParagraph(block.html);
}

/** core/embed and the older core-embed/<provider>: the URL is an attribute and the wrapper's text. */
const embed: BlockConverter = (block, conversion) => {
  const written = FIRST_URL.exec(block.html.replace(FIGCAPTION, ""))?.[0];
  const url = EmbedAttributes.safeParse(block.attributes).data?.url ?? (written === undefined ? undefined : decodeEntities(written));
  return embedOrDrop(url, block, conversion);
};

function mediaElement(element: "video" | "audio"): BlockConverter {
  const opening = new RegExp(`<${element}\\b[^>]*>`, "i");
  return (block, conversion) => {
    const tag = opening.exec(block.html)?.[0];
    return embedOrDrop(tag === undefined ? undefined : getAttribute(tag, "src"), block, conversion);
  };
}

/** Each picture of the gallery (the innermost figures) becomes a figure of its own. */
const gallery: BlockConverter = (block, conversion) => {
  const figures: string[] = [];
  const rest = block.html.replace(INNERMOST_FIGURE, (figure, inner: string) => {
    if (!/<img\b/i.test(inner)) return figure;
    figures.push(`<figure>${phpTrim(inner)}</figure>`);
    return "";
  });
  if (figures.length === 0) {
    conversion.log.dropped.push(block.source);
    return "";
  }
  return [...figures, captionParagraph(rest)].filter((part) => part !== "").join("\n");
};

const CONVERTERS = new Map<string, BlockConverter>([
  ["core/embed", embed],
  ["core/video", mediaElement("video")],
  ["core/audio", mediaElement("audio")],
  ["core/gallery", gallery],
]);

function converterFor(name: string): BlockConverter | undefined {
  return name.startsWith("core-embed/") ? embed : CONVERTERS.get(name);
}

function closerOf(delimiters: BlockDelimiter[], openerIndex: number): BlockDelimiter | undefined {
  const opener = delimiters[openerIndex]!;
  let depth = 0;
  for (const delimiter of delimiters.slice(openerIndex + 1)) {
    if (delimiter.name !== opener.name || delimiter.selfClosing) continue;
    if (!delimiter.closer) depth++;
    else if (depth === 0) return delimiter;
    else depth--;
  }
  return undefined;
}

/**
 * Replaces the HTML of embed, video, audio and gallery blocks with what the article allowlist can
 * hold. Delimiters are kept: stripBlockDelimiters() removes them from every block alike.
 */
export function convertMediaBlocks(html: string, conversion: Conversion): string {
  const delimiters = findBlockDelimiters(html);
  let output = "";
  let cursor = 0;
  delimiters.forEach((opener, index) => {
    const convert = converterFor(opener.name);
    if (opener.closer || opener.start < cursor || convert === undefined) return;
    const closer = opener.selfClosing ? opener : closerOf(delimiters, index);
    if (closer === undefined) return;
    const block = { attributes: opener.attributes, html: html.slice(opener.end, closer.start), source: html.slice(opener.start, closer.end) };
    const converted = convert(block, conversion);
    const opening = html.slice(opener.start, opener.end);
    output += html.slice(cursor, opener.start) + (opener.selfClosing ? opening + converted : opening + converted + html.slice(closer.start, closer.end));
    cursor = closer.end;
  });
  return output + html.slice(cursor);
}
