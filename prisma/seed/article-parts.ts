import { slugify } from "@/lib/slug";
import { TAGS } from "./content/catalog";
import { COMPANIES, personName, type Gender } from "./content/people";
import { CITIES, DISTRICTS } from "./content/places";
import type { Topic } from "./content/types";
import type { Random } from "./random";
import { fill, type TemplateContext } from "./template";

/** What both editions' generators share: the article's shape, tags, story contexts, dates and covers. */

/** Oldest article age; a margin below two years so "within two years" holds on any run. */
export const MAX_AGE_DAYS = 715;

/** The edition an article, tag or page belongs to (lib/i18n/languages.ts). */
export type Language = "ru" | "kk";
export type SeedTag = { name: string; slug: string; language: Language };

export type SeedArticle = {
  language: Language;
  /** The Russian article this Kazakh one translates. */
  translationOfSlug?: string;
  title: string;
  slug: string;
  lead: string;
  bodyHtml: string;
  categorySlug: string;
  authorEmail: string;
  tagSlugs: string[];
  coverKey: string;
  coverAlt: string;
  coverCaption: string;
  status: "PUBLISHED" | "DRAFT" | "SCHEDULED";
  publishedAt: Date | null;
  mustRead: boolean;
  /** «Срочно» until then; absent for ordinary news. */
  breakingUntil?: Date;
  createdAt: Date;
  updatedAt: Date;
};

export type Draft = Omit<SeedArticle, "status" | "publishedAt" | "mustRead" | "createdAt" | "updatedAt">;

const TAG_SLUGS = new Map<string, string>(TAGS.map((name) => [name, slugify(name)]));

export function tagSlug(name: string): string {
  const slug = TAG_SLUGS.get(name);
  if (!slug) throw new Error(`Tag «${name}» is used by a topic but missing from TAGS`);
  return slug;
}

export function makeContext(topic: Topic, rng: Random): TemplateContext {
  const city = CITIES[rng.weightedIndex(CITIES.map((c) => c.weight))]!;
  const street = rng.pick(city.streets);
  const district = rng.pick(DISTRICTS);
  const gender: Gender = rng.chance(0.5) ? "m" : "f";
  const residentGender: Gender = rng.chance(0.55) ? "f" : "m";
  const values: Record<string, string> = {
    city: city.name,
    cityGen: city.gen,
    inCity: city.prep,
    street: `улица ${street}`,
    onStreet: `на улице ${street}`,
    district: district.name,
    districtGen: district.gen,
    inDistrict: district.prep,
    village: rng.pick(district.villages),
    person: personName(gender, rng.int(0, 999), rng.int(0, 999)),
    other: personName("m", rng.int(0, 999), rng.int(0, 999)),
    resident: personName(residentGender, rng.int(0, 999), rng.int(0, 999)),
    company: rng.pick(COMPANIES),
  };
  const ctx: TemplateContext = { values, gender, residentGender };
  values.role = fill(rng.pick(topic.speakers), ctx, rng);
  return ctx;
}

/** Article ages in minutes, newest (0) first; denser towards the present. */
export function articleAges(count: number, rng: Random): number[] {
  const ages = Array.from({ length: count }, () => rng.next() ** 1.7 * MAX_AGE_DAYS * 24 * 60);
  ages.sort((a, b) => a - b);
  const newest = ages[0] ?? 0;
  return ages.map((a) => Math.round(a - newest));
}

export function coverKey(categorySlug: string, index: number): string {
  return `seed-cover-${categorySlug}-${String(index + 1).padStart(2, "0")}`;
}
