import sanitizeHtml from "sanitize-html";

/**
 * WordPress's tags for comments ($allowedtags): simple emphasis, quotes and links. Links may
 * only be http, https or mailto and always carry rel="nofollow ugc", so a comment cannot lend
 * its page's standing to a spammer.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: ["a", "abbr", "acronym", "b", "blockquote", "cite", "code", "del", "em", "i", "q", "s", "strike", "strong"],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    abbr: ["title"],
    acronym: ["title"],
    blockquote: ["cite"],
    del: ["datetime"],
    q: ["cite"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href", "cite"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow ugc" } }),
  },
};

/** Turns blank-line-separated blocks into paragraphs and single line breaks into <br>. */
function paragraphs(html: string): string {
  return html
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .map((block) => `<p>${block.replace(/\n/g, "<br />\n")}</p>`)
    .join("\n");
}

export function formatCommentHtml(content: string): string {
  return paragraphs(sanitizeHtml(content, options));
}
