import sanitizeHtml from "sanitize-html";
import { embedOf } from "@/lib/embeds/providers";

/**
 * The article allowlist: structure and emphasis an editor needs, links, figures and tables;
 * no scripts, styles, event handlers or frames. A third-party embed is stored only as a marker
 * (`<figure class="embed" data-embed=… data-embed-id=…>` around a plain link) whose provider
 * and id are checked here; the reader page turns it into a click-to-load placeholder.
 */
/** A figure keeps only the classes Vestnik gives it, in one order, and an embed only a valid provider and id. */
function figureAttributes(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const classes = (attribs.class ?? "").split(/\s+/);
  const embed = classes.includes("embed") ? embedOf(attribs["data-embed"], attribs["data-embed-id"]) : null;
  if (embed) return { class: "embed", "data-embed": embed.provider, "data-embed-id": embed.id };
  return classes.includes("gallery") ? { class: "gallery" } : {};
}

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    figure: ["class", "data-embed", "data-embed-id"],
    img: ["src", "srcset", "sizes", "alt", "width", "height", "loading"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    figure: (tagName, attribs) => ({ tagName, attribs: figureAttributes(attribs) }),
    // Any target (`_BLANK`, a named window) opens a page that could reach back through
    // window.opener: whatever rel said, it gets none.
    a: (tagName, attribs) => ({
      tagName,
      attribs:
        attribs.target === undefined
          ? attribs
          : { ...attribs, target: attribs.target.toLowerCase() === "_blank" ? "_blank" : attribs.target, rel: "noopener noreferrer" },
    }),
  },
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, options);
}
