import { COMMON_FILLER } from "./content/common";
import type { CategoryContent, Topic } from "./content/types";
import type { Random } from "./random";
import { capitalize, fill, type TemplateContext } from "./template";

export const MIN_WORDS = 300;
export const MAX_WORDS = 800;

/** Words of visible text: tokens containing a letter or digit. */
export function countWords(html: string): number {
  const text = html.replace(/<[^>]+>/g, " ");
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Takes items from a shuffled copy of a bank; never repeats within one article. */
class Pool {
  private items: string[];
  constructor(items: readonly string[], rng: Random, keepOrder = 0) {
    // The first `keepOrder` items (the core facts) stay in front, the rest are shuffled.
    this.items = [...items.slice(0, keepOrder), ...rng.shuffle(items.slice(keepOrder))];
  }
  take(): string | undefined {
    return this.items.shift();
  }
  get size(): number {
    return this.items.length;
  }
}

const SAID_M = ["отметил", "рассказал", "подчеркнул", "пояснил", "заявил", "сообщил"];
const SAID_F = ["отметила", "рассказала", "подчеркнула", "пояснила", "заявила", "сообщила"];

type Block = { html: string; words: number };

export type BodyInput = {
  category: CategoryContent;
  topic: Topic;
  ctx: TemplateContext;
  rng: Random;
};

/** Assembles 300–800 words of article HTML from the topic, category and common banks. */
export function buildBody({ category, topic, ctx, rng }: BodyInput): string {
  const target = rng.int(360, 720);
  const text = (template: string) => escapeHtml(capitalize(fill(template, ctx, rng)));
  const facts = new Pool(topic.facts, rng, 2);
  const background = new Pool([...(topic.background ?? []), ...category.background], rng);
  const filler = new Pool(COMMON_FILLER, rng);
  const quotes = new Pool(topic.quotes, rng);
  const residentQuotes = new Pool(topic.residentQuotes ?? [], rng);
  const headings = new Pool(category.headings, rng);
  const next = new Pool(topic.next, rng);

  const sentences = (pool: Pool, count: number): string[] => {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const item = pool.take();
      if (item !== undefined) out.push(text(item));
    }
    return out;
  };
  const paragraph = (parts: string[]): string | null => (parts.length > 0 ? `<p>${parts.join(" ")}</p>` : null);
  const speakerQuote = (): string | null => {
    const quote = quotes.take();
    if (quote === undefined) return null;
    const said = rng.pick(ctx.gender === "m" ? SAID_M : SAID_F);
    return `«${text(quote)}», — ${said} ${escapeHtml(fill("{role} {person}", ctx, rng))}.`;
  };

  const residentAttribution =
    topic.facts.some((f) => f.includes("{village}")) && rng.chance(0.6)
      ? "{rg:житель|жительница} села {village} {resident}"
      : "{rg:житель|жительница} {cityGen} {resident}";

  let usedHeadings = 0;
  let usedList = false;
  let usedResident = false;
  let usedFiller = 0;
  const makers: Array<() => string | null> = [
    () => paragraph(sentences(facts, 2)),
    () => {
      const quote = speakerQuote();
      return paragraph([...sentences(facts, rng.int(1, 2)), ...(quote ? [quote] : [])]);
    },
    () => {
      const heading = usedHeadings < 2 && rng.chance(0.6) ? headings.take() : undefined;
      if (heading === undefined) return null;
      usedHeadings++;
      return `<h2>${escapeHtml(heading)}</h2>`;
    },
    () => paragraph(sentences(background, rng.int(2, 3))),
    () => {
      if (!topic.list || usedList || !rng.chance(0.6)) return null;
      usedList = true;
      const items = topic.list.items.map((item) => `<li>${text(item)}</li>`).join("");
      return `<p>${text(topic.list.intro)}</p><ul>${items}</ul>`;
    },
    () => paragraph(sentences(facts, rng.int(2, 3))),
    () => {
      if (usedResident || !rng.chance(0.6)) return null;
      const quote = residentQuotes.take();
      if (quote === undefined) return null;
      usedResident = true;
      const who = escapeHtml(capitalize(fill(residentAttribution, ctx, rng)));
      return `<blockquote><p>«${text(quote)}»</p><p>— ${who}</p></blockquote>`;
    },
    () => paragraph(sentences(background, 2)),
    () => {
      const quote = speakerQuote();
      return paragraph([...(quote ? [quote] : []), ...sentences(facts, 1)]);
    },
    () => {
      // Generic newsroom sentences read as padding when repeated; a few per article at most.
      if (usedFiller >= 2 && words >= MIN_WORDS + 60) return null;
      usedFiller++;
      return paragraph(sentences(filler, 1));
    },
  ];

  const blocks: Block[] = [];
  let words = 0;
  const add = (html: string | null): boolean => {
    if (html === null) return false;
    const block = { html, words: countWords(html) };
    if (words + block.words > MAX_WORDS - 60) return false;
    blocks.push(block);
    words += block.words;
    return true;
  };

  let progressed = true;
  while (words < target && progressed) {
    progressed = false;
    for (const make of makers) {
      if (words >= target) break;
      if (add(make())) progressed = true;
    }
  }
  add(paragraph([...sentences(next, 1), ...(rng.chance(0.4) ? sentences(filler, 1) : [])]));
  return blocks.map((b) => b.html).join("\n");
}
