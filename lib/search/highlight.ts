/** ts_headline marks hits with these: characters no article contains, unlike «<b>». */
export const HIT_START = "⟦";
export const HIT_END = "⟧";
export const HEADLINE_MARKERS = `StartSel=${HIT_START}, StopSel=${HIT_END}`;

export type HighlightPart = { text: string; hit: boolean };

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  apos: "'",
  nbsp: " ",
  laquo: "«",
  raquo: "»",
  mdash: "—",
  ndash: "–",
};

/** Body text is cut out of stored HTML, so the entities it holds are decoded for display. */
function decodeEntities(text: string): string {
  return text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

/** Splits a ts_headline result into plain text and hits, for rendering as text and <mark>. */
export function splitHighlight(headline: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  for (const [i, piece] of headline.split(HIT_START).entries()) {
    const end = piece.indexOf(HIT_END);
    if (i > 0 && end >= 0) {
      parts.push({ text: decodeEntities(piece.slice(0, end)), hit: true });
      parts.push({ text: decodeEntities(piece.slice(end + HIT_END.length)), hit: false });
    } else {
      parts.push({ text: decodeEntities(piece), hit: false });
    }
  }
  return parts
    .filter((p) => p.text !== "")
    .reduce<HighlightPart[]>((merged, part) => {
      const last = merged.at(-1);
      if (last && last.hit === part.hit) last.text += part.text;
      else merged.push({ ...part });
      return merged;
    }, []);
}
