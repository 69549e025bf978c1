import baseSlugify from "@sindresorhus/slugify";

/**
 * Kazakh Cyrillic letters that the transliteration tables do not know (they are dropped
 * otherwise: "Өскемен" would become "skemen"). Latin forms follow the 2021 Kazakh alphabet.
 */
const KAZAKH: ReadonlyArray<[string, string]> = [
  ["ә", "a"],
  ["ғ", "g"],
  ["қ", "q"],
  ["ң", "n"],
  ["ө", "o"],
  ["ұ", "u"],
  ["ү", "u"],
  ["һ", "h"],
  ["і", "i"],
];

/** Russian letters whose Kazakh Latin spelling differs from the Russian transliteration ("Саясат" → "saiasat"). */
const KAZAKH_LATIN: ReadonlyArray<[string, string]> = [
  ["я", "ia"],
  ["ю", "iu"],
  ["ё", "io"],
  ["й", "i"],
  ["и", "i"],
  ["х", "h"],
  ["щ", "sh"],
  ["ц", "ts"],
  ["э", "e"],
];

const withUpperCase = (pairs: ReadonlyArray<[string, string]>): Array<[string, string]> => [
  ...pairs,
  ...pairs.map(([from, to]): [string, string] => [from.toUpperCase(), to]),
];

const REPLACEMENTS: ReadonlyArray<[string, string]> = [...withUpperCase(KAZAKH), ["&", " i "]];
const KAZAKH_REPLACEMENTS: ReadonlyArray<[string, string]> = [...withUpperCase([...KAZAKH, ...KAZAKH_LATIN]), ["&", " zhane "]];

export const MAX_SLUG_LENGTH = 80;

/**
 * A readable lowercase Latin slug ("Наурыз в Өскемене" → "nauryz-v-oskemene"), at most 80 chars.
 * Kazakh text follows the Kazakh Latin spelling ("Саясат" → "saiasat", "Үй" → "ui").
 */
export function slugify(text: string, language: "ru" | "kk" = "ru"): string {
  const customReplacements = language === "kk" ? KAZAKH_REPLACEMENTS : REPLACEMENTS;
  // decamelize off: transliterated abbreviations like "ЖКХ" → "ZhKKh" must not become "zh-k-kh".
  const slug = baseSlugify(text, { decamelize: false, customReplacements: [...customReplacements] });
  return truncate(slug, MAX_SLUG_LENGTH);
}

function truncate(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf("-");
  // A single giant word has no boundary to cut at; hard-cut it.
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, max);
}

/** The n-th candidate for `base`: n=1 is `base` itself, then `base-2`, `base-3`, … within the length limit. */
export function slugCandidate(base: string, n: number): string {
  const root = base || "item";
  if (n <= 1) return root;
  const suffix = `-${n}`;
  return `${truncate(root, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
}

/** `base` if free, else `base-2`, `base-3`, …  An empty base (a title of emoji) becomes "item". */
export async function uniqueSlug(base: string, taken: (slug: string) => boolean | Promise<boolean>): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(base, n);
    if (!(await taken(candidate))) return candidate;
  }
}

/** Synchronous variant of uniqueSlug for in-memory sets. */
export function uniqueSlugSync(base: string, taken: (slug: string) => boolean): string {
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(base, n);
    if (!taken(candidate)) return candidate;
  }
}
