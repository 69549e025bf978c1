import sanitizeHtml from "sanitize-html";

/** WordPress's comment tags; links always get rel="nofollow ugc" (the transform overwrites any sent). Line breaks become paragraphs. */
const options: sanitizeHtml.IOptions = {
  allowedTags: ["a", "abbr", "acronym", "b", "blockquote", "cite", "code", "del", "em", "i", "q", "s", "strike", "strong", "p", "br"],
  allowedAttributes: { a: ["href", "title", "rel"], abbr: ["title"], acronym: ["title"], blockquote: ["cite"], del: ["datetime"], q: ["cite"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow ugc" }) },
};

export function commentHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/\n/g, "<br>")}</p>`)
    .join("");
  return sanitizeHtml(paragraphs, options);
}
