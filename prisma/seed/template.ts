import type { Gender } from "./content/people";
import type { Random } from "./random";

export type TemplateContext = {
  values: Readonly<Record<string, string>>;
  /** Gender of the speaker, for `{g:masc|fem}`. */
  gender: Gender;
  /** Gender of the resident, for `{rg:masc|fem}`. */
  residentGender: Gender;
};

const NBSP = "\u00a0";

/**
 * Whether a count takes the genitive plural ("5 домов", "12 домов", but "21 дом", "3 дома").
 * Templates are written with genitive plural nouns, so random counts avoid the other forms.
 */
function takesGenitivePlural(n: number): boolean {
  const lastTwo = n % 100;
  const last = n % 10;
  return (lastTwo >= 11 && lastTwo <= 14) || last === 0 || last >= 5;
}

function parseRange(spec: string): [number, number] {
  const [min, max] = spec.split("-").map(Number);
  if (min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max) || max < min) {
    throw new Error(`Bad range in template: ${spec}`);
  }
  return [min, max];
}

function countIn(spec: string, rng: Random): number {
  const [min, max] = parseRange(spec);
  if (max >= 1000) return roundedInt(min, max, rng);
  const candidates: number[] = [];
  for (let n = min; n <= max; n++) if (takesGenitivePlural(n)) candidates.push(n);
  // Ranges like 2-4 go with genitive singular ("2-4 кандидата"); keep them as written.
  return candidates.length > 0 ? rng.pick(candidates) : rng.int(min, max);
}

/**
 * Large random numbers look fake when every digit is random; keep two or three significant
 * digits. The result ends in zero, so it always takes the genitive plural.
 */
function roundedInt(min: number, max: number, rng: Random): number {
  const n = rng.int(min, max);
  if (n < 100) return n - (n % 5) || 5;
  const step = 10 ** Math.max(1, Math.floor(Math.log10(n)) - 2);
  return Math.min(max, Math.max(min, Math.round(n / step) * step));
}

function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

export function fill(template: string, ctx: TemplateContext, rng: Random): string {
  return template.replace(/\{([^{}]*)\}/g, (_, body: string) => {
    if (body.startsWith("a|")) return rng.pick(body.slice(2).split("|"));
    const colon = body.indexOf(":");
    const prefix = colon > 0 ? body.slice(0, colon) : "";
    const rest = body.slice(colon + 1);
    switch (prefix) {
      case "n":
        return String(countIn(rest, rng));
      case "k":
        return withThousands(countIn(rest, rng));
      case "s":
        return String(rng.int(...parseRange(rest)));
      case "d": {
        const [min, max] = parseRange(rest);
        return (min + rng.next() * (max - min)).toFixed(1).replace(".", ",");
      }
      case "g":
      case "rg": {
        const [masc = "", fem = ""] = rest.split("|");
        const gender = prefix === "g" ? ctx.gender : ctx.residentGender;
        return gender === "m" ? masc : fem;
      }
    }
    const value = ctx.values[body];
    if (value === undefined) throw new Error(`Unknown template key {${body}} in: ${template}`);
    return value;
  });
}

/** Capitalises the first letter (templates may start with "{inCity} …" → "в Павлодаре …"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
