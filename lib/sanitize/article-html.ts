import sanitizeHtml from "sanitize-html";

/**
 * The article allowlist: structure and emphasis an editor needs, links and figures;
 * no scripts, styles, event handlers or embeds.
 */
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
    img: ["src", "srcset", "sizes", "alt", "width", "height", "loading"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
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
