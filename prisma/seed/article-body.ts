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

/** Takes indices from a shuffled bank; never repeats within one article. */
class Pool {
  private order: number[];
  constructor(size: number, rng: Random, keepOrder = 0) {
    // The first `keepOrder` items (the core facts) stay in front, the rest are shuffled.
    const indices = Array.from({ length: size }, (_, i) => i);
    this.order = [...indices.slice(0, keepOrder), ...rng.shuffle(indices.slice(keepOrder))];
  }
  take(): number | undefined {
    return this.order.shift();
  }
}

/** The words an article is written with, apart from its topic and category. */
export type BodyKit = {
  saidM: readonly string[];
  saidF: readonly string[];
  filler: readonly string[];
  /** Who a resident is, naming the village or the city. */
  residentOfVillage: string;
  residentOfCity: string;
};

export const RU_KIT: BodyKit = {
  saidM: ["отметил", "рассказал", "подчеркнул", "пояснил", "заявил", "сообщил"],
  saidF: ["отметила", "рассказала", "подчеркнула", "пояснила", "заявила", "сообщила"],
  filler: COMMON_FILLER,
  residentOfVillage: "{rg:житель|жительница} села {village} {resident}",
  residentOfCity: "{rg:житель|жительница} {cityGen} {resident}",
};

type Block = { html: string[]; words: number };

export type BodyInput = {
  category: Pick<CategoryContent, "background" | "headings">;
  topic: Topic;
  ctx: TemplateContext;
  kit?: BodyKit;
};

/** Assembles 300–800 words of article HTML from the topic, category and common banks. */
export function buildBody(input: BodyInput & { rng: Random }): string {
  return buildBodies([input], input.rng)[0]!;
}

/**
 * The same article in several languages: every variant's banks are parallel (same lengths, the same
 * random tokens in the same order), so one sequence of choices gives one text per variant. Lengths
 * are measured on the first variant; `targetWords` is the range the article aims at.
 */
export function buildBodies(variants: readonly BodyInput[], rng: Random, targetWords: readonly [number, number] = [360, 720]): string[] {
  const [first] = variants;
  if (!first) throw new Error("buildBodies() needs a variant");
  const kits = variants.map((v) => v.kit ?? RU_KIT);
  const [minTarget, maxTarget] = targetWords;
  const target = rng.int(minTarget, maxTarget);
  // One random state per template: every variant fills it from the same point.
  const each = (pick: (v: BodyInput, i: number) => string, transform: (t: string) => string = (t) => escapeHtml(capitalize(t))): string[] => {
    const start = rng.fork();
    return variants.map((v, i) => transform(fill(pick(v, i), v.ctx, i === 0 ? rng : start.fork())));
  };
  const bank = (v: BodyInput, name: "facts" | "background" | "quotes" | "residentQuotes" | "next"): readonly string[] =>
    name === "background" ? [...(v.topic.background ?? []), ...v.category.background] : (v.topic[name] ?? []);
  const facts = new Pool(first.topic.facts.length, rng, 2);
  const background = new Pool(bank(first, "background").length, rng);
  const filler = new Pool(kits[0]!.filler.length, rng);
  const quotes = new Pool(first.topic.quotes.length, rng);
  const residentQuotes = new Pool(first.topic.residentQuotes?.length ?? 0, rng);
  const headings = new Pool(first.category.headings.length, rng);
  const next = new Pool(first.topic.next.length, rng);

  const sentences = (pool: Pool, source: (v: BodyInput, i: number) => readonly string[], count: number): string[][] => {
    const out: string[][] = variants.map(() => []);
    for (let n = 0; n < count; n++) {
      const index = pool.take();
      if (index === undefined) break;
      each((v, i) => source(v, i)[index]!).forEach((text, i) => out[i]!.push(text));
    }
    return out;
  };
  const from = (name: "facts" | "background" | "quotes" | "residentQuotes" | "next") => (v: BodyInput) => bank(v, name);
  const fillers = (_: BodyInput, i: number) => kits[i]!.filler;
  const join = (...parts: string[][][]): string[][] => variants.map((_, i) => parts.flatMap((p) => p[i]!));
  const paragraph = (parts: string[][]): string[] | null => (parts[0]!.length > 0 ? parts.map((p) => `<p>${p.join(" ")}</p>`) : null);
  const speakerQuote = (): string[][] => {
    const index = quotes.take();
    if (index === undefined) return variants.map(() => []);
    const quote = each((v) => v.topic.quotes[index]!);
    const saidIndex = rng.int(0, kits[0]!.saidM.length - 1);
    const speaker = each(() => "{role} {person}", escapeHtml);
    return variants.map((v, i) => [`«${quote[i]}», — ${(v.ctx.gender === "m" ? kits[i]!.saidM : kits[i]!.saidF)[saidIndex]} ${speaker[i]}.`]);
  };

  const ofVillage = first.topic.facts.some((f) => f.includes("{village}")) && rng.chance(0.6);
  const residentAttribution = (i: number) => (ofVillage ? kits[i]!.residentOfVillage : kits[i]!.residentOfCity);

  let usedHeadings = 0;
  let usedList = false;
  let usedResident = false;
  let usedFiller = 0;
  const makers: Array<() => string[] | null> = [
    () => paragraph(sentences(facts, from("facts"), 2)),
    () => {
      const quote = speakerQuote();
      return paragraph(join(sentences(facts, from("facts"), rng.int(1, 2)), quote));
    },
    () => {
      const index = usedHeadings < 2 && rng.chance(0.6) ? headings.take() : undefined;
      if (index === undefined) return null;
      usedHeadings++;
      return variants.map((v) => `<h2>${escapeHtml(v.category.headings[index]!)}</h2>`);
    },
    () => paragraph(sentences(background, from("background"), rng.int(2, 3))),
    () => {
      if (!first.topic.list || usedList || !rng.chance(0.6)) return null;
      usedList = true;
      const intro = each((v) => v.topic.list!.intro);
      const items = first.topic.list.items.map((_, n) => each((v) => v.topic.list!.items[n]!));
      return variants.map((_, i) => `<p>${intro[i]}</p><ul>${items.map((item) => `<li>${item[i]}</li>`).join("")}</ul>`);
    },
    () => paragraph(sentences(facts, from("facts"), rng.int(2, 3))),
    () => {
      if (usedResident || !rng.chance(0.6)) return null;
      const index = residentQuotes.take();
      if (index === undefined) return null;
      usedResident = true;
      const quote = each((v) => v.topic.residentQuotes![index]!);
      const who = each((_, i) => residentAttribution(i));
      return variants.map((_, i) => `<blockquote><p>«${quote[i]}»</p><p>— ${who[i]}</p></blockquote>`);
    },
    () => paragraph(sentences(background, from("background"), 2)),
    () => paragraph(join(speakerQuote(), sentences(facts, from("facts"), 1))),
    () => {
      // Generic newsroom sentences read as padding when repeated; a few per article at most.
      if (usedFiller >= 2 && words >= minTarget) return null;
      usedFiller++;
      return paragraph(sentences(filler, fillers, 1));
    },
  ];

  const blocks: Block[] = [];
  let words = 0;
  const add = (html: string[] | null): boolean => {
    if (html === null) return false;
    const block = { html, words: countWords(html[0]!) };
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
  add(paragraph(join(sentences(next, from("next"), 1), rng.chance(0.4) ? sentences(filler, fillers, 1) : variants.map(() => []))));
  return variants.map((_, i) => blocks.map((b) => b.html[i]).join("\n"));
}
