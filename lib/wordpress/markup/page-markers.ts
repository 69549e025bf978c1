// `<!--more-->` (with optional link text), `<!--noteaser-->` and `<!--nextpage-->`: the article is
// imported whole, so teaser and page breaks mean nothing. A marker alone on its line takes the line.
const MARKER = "<!--(?:more[^\\n]*?|noteaser|nextpage)-->";
const MARKER_LINE = new RegExp(`^[ \\t]*${MARKER}[ \\t]*(?:\\n|$)`, "gm");
const MARKER_ANYWHERE = new RegExp(MARKER, "g");

export function stripPageMarkers(html: string): string {
  return html.replace(MARKER_LINE, "").replace(MARKER_ANYWHERE, "");
}
