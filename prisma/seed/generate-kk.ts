import { slugify, uniqueSlugSync } from "@/lib/slug";
import { buildBodies } from "./article-body";
import { generateSeedComments, type SeedComment } from "./comments";
import { AUTHORS, CATEGORIES } from "./content/catalog";
import { KK_COMMENTERS, KK_COMMENT_LINES, KK_REPLY_LINES } from "./content/kk/comments";
import { KK_CATEGORIES } from "./content/kk/index";
import { KK_KIT } from "./content/kk/kit";
import { kazakhName, KK_COMPANIES } from "./content/kk/people";
import { KK_CITIES, KK_DISTRICTS, KK_PAIRED_CITIES, KK_PAIRED_DISTRICTS, type KkCity, type KkDistrict } from "./content/kk/places";
import type { KkCategory } from "./content/kk/types";
import { COMPANIES, personName, type Gender } from "./content/people";
import { CITIES } from "./content/places";
import type { Topic } from "./content/types";
import { articleAges, coverKey, MAX_AGE_DAYS, makeContext, tagSlug, type Draft, type SeedArticle, type SeedTag } from "./article-parts";
import { COVERS_PER_CATEGORY } from "./images";
import type { Random } from "./random";
import { capitalize, fill, type TemplateContext } from "./template";

/** Kazakh-only articles, besides the translations. */
export const KK_ARTICLE_COUNT = 100;
/** Russian articles written for the demo together with their Kazakh translation. */
export const TRANSLATED_PAIRS = 18;
const KK_MUST_READ = 3;
export const KK_TARGET_WORDS = [220, 380] as const;
const KK_COMMENTED_ARTICLES = 15;
const MINUTE = 60_000;
const MAX_AGE_MINUTES = MAX_AGE_DAYS * 24 * 60;

export function kkCategory(index: number): KkCategory {
  const category = KK_CATEGORIES[index];
  if (!category || category.ruName !== CATEGORIES[index]?.name) throw new Error(`No Kazakh face for category #${index}`);
  return category;
}

const KK_TAG_NAMES = [...new Set(KK_CATEGORIES.flatMap((c) => c.topics.flatMap((t) => t.tags)))];

function kazakhTags(ruTagSlugs: readonly string[]): { tags: SeedTag[]; slugOf: Map<string, string> } {
  const taken = new Set(ruTagSlugs);
  const slugOf = new Map<string, string>();
  for (const name of KK_TAG_NAMES) {
    const slug = uniqueSlugSync(slugify(name, "kk"), (s) => taken.has(s));
    taken.add(slug);
    slugOf.set(name, slug);
  }
  return { tags: KK_TAG_NAMES.map((name) => ({ name, slug: slugOf.get(name)!, language: "kk" })), slugOf };
}

function kkValues(
  city: KkCity,
  street: string,
  district: KkDistrict,
  village: string,
  names: { person: string; other: string; resident: string },
  company: string,
) {
  return {
    city: city.name,
    cityGen: city.gen,
    inCity: city.loc,
    toCity: city.dat,
    fromCity: city.abl,
    cityAdj: city.adj,
    street: `${street} көшесі`,
    onStreet: `${street} көшесінде`,
    district: district.name,
    districtGen: district.gen,
    inDistrict: district.loc,
    village,
    ...names,
    company,
  };
}

/**
 * The Kazakh context of a translated article: the same draws, in the same order, as makeContext()
 * makes for the Russian one, from tables parallel to the Russian ones.
 */
function pairedContext(topic: Topic, rng: Random): TemplateContext {
  const city = KK_PAIRED_CITIES[rng.weightedIndex(CITIES.map((c) => c.weight))]!;
  const street = rng.pick(city.streets);
  const district = rng.pick(KK_PAIRED_DISTRICTS);
  const gender: Gender = rng.chance(0.5) ? "m" : "f";
  const residentGender: Gender = rng.chance(0.55) ? "f" : "m";
  const village = rng.pick(district.villages);
  const person = kazakhName(personName(gender, rng.int(0, 999), rng.int(0, 999)));
  const other = kazakhName(personName("m", rng.int(0, 999), rng.int(0, 999)));
  const resident = kazakhName(personName(residentGender, rng.int(0, 999), rng.int(0, 999)));
  const company = KK_COMPANIES[COMPANIES.indexOf(rng.pick(COMPANIES))]!;
  const values: Record<string, string> = kkValues(city, street, district, village, { person, other, resident }, company);
  const ctx: TemplateContext = { values, gender, residentGender };
  values.role = fill(rng.pick(topic.speakers), ctx, rng);
  return ctx;
}

/** The context of a Kazakh-only article: any city of the edition, Өскемен and Семей included. */
function kazakhContext(topic: Topic, rng: Random): TemplateContext {
  const city = KK_CITIES[rng.weightedIndex(KK_CITIES.map((c) => c.weight))]!;
  const district = rng.pick(KK_DISTRICTS);
  const gender: Gender = rng.chance(0.5) ? "m" : "f";
  const residentGender: Gender = rng.chance(0.55) ? "f" : "m";
  const name = (g: Gender) => kazakhName(personName(g, rng.int(0, 999), rng.int(0, 999)));
  const values: Record<string, string> = kkValues(
    city,
    rng.pick(city.streets),
    district,
    rng.pick(district.villages),
    { person: name(gender), other: name("m"), resident: name(residentGender) },
    rng.pick(KK_COMPANIES),
  );
  const ctx: TemplateContext = { values, gender, residentGender };
  values.role = fill(rng.pick(topic.speakers), ctx, rng);
  return ctx;
}

/** Runs `make` once per language from the same random state; `rng` ends where the Russian run ended. */
function twin<T>(rng: Random, make: (r: Random, language: 0 | 1) => T): [T, T] {
  const start = rng.fork();
  const ru = make(rng, 0);
  return [ru, make(start, 1)];
}

type Sets = { takenTitles: Set<string>; takenSlugs: Set<string> };

function author(rng: Random, categoryIndex: number): string {
  return AUTHORS[rng.weightedIndex(AUTHORS.map((a) => a.beats[categoryIndex] ?? 0))]!.email;
}

function generatePair(rng: Random, sets: Sets, kkTagSlug: Map<string, string>): [Draft, Draft] {
  const categoryIndex = rng.pick(KK_CATEGORIES.map((c, i) => (c.translates ? i : -1)).filter((i) => i >= 0));
  const ru = CATEGORIES[categoryIndex]!;
  const kk = kkCategory(categoryIndex);
  const [topicIndex, kkTopic] = rng.pick([...kk.translates!.topics.entries()]);
  const ruTopic = ru.topics[topicIndex]!;
  const topics = [ruTopic, kkTopic] as const;
  const categories = [ru, kk] as const;
  const categorySlug = slugify(ru.name);
  for (let attempt = 0; attempt < 50; attempt++) {
    const [ruCtx, kkCtx] = twin(rng, (r, l) => (l === 0 ? makeContext(ruTopic, r) : pairedContext(kkTopic, r)));
    const ctxs = [ruCtx, kkCtx] as const;
    const titles = twin(rng, (r, l) => capitalize(fill(r.pick(topics[l].titles), ctxs[l], r)));
    if (titles.some((t) => sets.takenTitles.has(t))) continue;
    const leads = twin(rng, (r, l) => capitalize(fill(r.pick(topics[l].leads), ctxs[l], r)));
    const bodies = buildBodies(
      [
        { category: ru, topic: ruTopic, ctx: ruCtx },
        { category: kk, topic: kkTopic, ctx: kkCtx, kit: KK_KIT },
      ],
      rng,
    );
    const authorEmail = author(rng, categoryIndex);
    const others = rng.sample(ruTopic.tags.map((_, i) => i).slice(1), rng.int(0, ruTopic.tags.length - 1));
    const tagIndices = [0, ...others];
    const cover = coverKey(categorySlug, rng.int(0, COVERS_PER_CATEGORY - 1));
    const alts = twin(rng, (r, l) => capitalize(fill(r.pick(topics[l].photo), ctxs[l], r)));
    const captions = twin(rng, (r, l) => fill(r.pick(categories[l].photoCredits), ctxs[l], r));
    const slugs = titles.map((title, l) => {
      const slug = uniqueSlugSync(slugify(title, l === 0 ? "ru" : "kk"), (s) => sets.takenSlugs.has(s));
      sets.takenSlugs.add(slug);
      return slug;
    });
    for (const t of titles) sets.takenTitles.add(t);
    const draft = (l: 0 | 1): Draft => ({
      language: l === 0 ? "ru" : "kk",
      title: titles[l],
      slug: slugs[l]!,
      lead: leads[l],
      bodyHtml: bodies[l]!,
      categorySlug,
      authorEmail,
      tagSlugs: tagIndices.map((i) => (l === 0 ? tagSlug(ruTopic.tags[i]!) : kkTagSlug.get(kkTopic.tags[i]!)!)),
      coverKey: cover,
      coverAlt: alts[l],
      coverCaption: captions[l],
    });
    return [draft(0), { ...draft(1), translationOfSlug: slugs[0] }];
  }
  throw new Error(`Could not generate a unique translated article in category ${ru.name}`);
}

function generateKazakhArticle(rng: Random, sets: Sets, kkTagSlug: Map<string, string>): Draft {
  const categoryIndex = rng.weightedIndex(KK_CATEGORIES.map((c) => c.weight));
  const category = kkCategory(categoryIndex);
  const categorySlug = slugify(CATEGORIES[categoryIndex]!.name);
  for (let attempt = 0; attempt < 50; attempt++) {
    const topic = rng.pick(category.topics);
    const ctx = kazakhContext(topic, rng);
    const title = capitalize(fill(rng.pick(topic.titles), ctx, rng));
    if (sets.takenTitles.has(title)) continue;
    sets.takenTitles.add(title);
    const slug = uniqueSlugSync(slugify(title, "kk"), (s) => sets.takenSlugs.has(s));
    sets.takenSlugs.add(slug);
    const lead = capitalize(fill(rng.pick(topic.leads), ctx, rng));
    // Kazakh says as much in fewer, longer words, and a Kazakh-only topic has smaller banks.
    const [bodyHtml] = buildBodies([{ category, topic, ctx, kit: KK_KIT }], rng, KK_TARGET_WORDS);
    const [mainTag, ...otherTags] = topic.tags;
    const tagNames = [mainTag!, ...rng.sample(otherTags, rng.int(0, otherTags.length))];
    return {
      language: "kk",
      title,
      slug,
      lead,
      bodyHtml: bodyHtml!,
      categorySlug,
      authorEmail: author(rng, categoryIndex),
      tagSlugs: tagNames.slice(0, 4).map((name) => kkTagSlug.get(name)!),
      coverKey: coverKey(categorySlug, rng.int(0, COVERS_PER_CATEGORY - 1)),
      coverAlt: capitalize(fill(rng.pick(topic.photo), ctx, rng)),
      coverCaption: fill(rng.pick(category.photoCredits), ctx, rng),
    };
  }
  throw new Error(`Could not generate a unique Kazakh title in category ${category.name}`);
}

export type KazakhEditionInput = Sets & {
  rng: Random;
  now: Date;
  /** When the newest published article appeared (ms). */
  newest: number;
  ruTagSlugs: readonly string[];
};

/**
 * The Kazakh edition's demo: Kazakh articles (their dates spread like the Russian ones), Russian
 * articles published with a Kazakh translation, Kazakh tags and comments. All published.
 */
export function generateKazakhEdition({ rng, now, newest, takenTitles, takenSlugs, ruTagSlugs }: KazakhEditionInput): {
  articles: SeedArticle[];
  tags: SeedTag[];
  comments: SeedComment[];
} {
  const sets = { takenTitles, takenSlugs };
  const { tags, slugOf } = kazakhTags(ruTagSlugs);
  const publish = (draft: Draft, publishedAt: Date): SeedArticle => {
    const createdAt = new Date(publishedAt.getTime() - rng.int(20, 600) * MINUTE);
    return { ...draft, status: "PUBLISHED", publishedAt, mustRead: false, createdAt, updatedAt: publishedAt };
  };

  const kazakh = articleAges(KK_ARTICLE_COUNT, rng).map((age) =>
    publish(generateKazakhArticle(rng, sets, slugOf), new Date(newest - rng.int(20, 90) * MINUTE - age * MINUTE)),
  );

  const pairs: SeedArticle[] = [];
  for (let i = 0; i < TRANSLATED_PAIRS; i++) {
    const [ru, kk] = generatePair(rng, sets, slugOf);
    const ruAt = newest - Math.round(rng.next() ** 1.7 * MAX_AGE_MINUTES + 180) * MINUTE;
    pairs.push(publish(ru, new Date(ruAt)), publish(kk, new Date(Math.min(newest, ruAt + rng.int(30, 170) * MINUTE))));
  }

  // A few must-reads of the Kazakh edition: the newest Kazakh-only articles of different categories.
  const picked = new Set<string>();
  for (const article of [...kazakh].sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime())) {
    if (picked.size >= KK_MUST_READ) break;
    if (!picked.has(article.categorySlug)) {
      picked.add(article.categorySlug);
      article.mustRead = true;
    }
  }

  const kkPublished = [...kazakh, ...pairs.filter((a) => a.language === "kk")];
  const comments = generateSeedComments(
    kkPublished,
    now,
    rng,
    { commenters: KK_COMMENTERS, lines: KK_COMMENT_LINES, replies: KK_REPLY_LINES },
    KK_COMMENTED_ARTICLES,
  );
  return { articles: [...kazakh, ...pairs], tags, comments };
}
