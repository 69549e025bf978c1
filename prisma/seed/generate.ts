import { mediaUrl } from "@/lib/media/paths";
import { generateSeedComments, type SeedComment } from "./comments";
import { RESERVED_SLUGS } from "@/lib/paths";
import { slugify, uniqueSlugSync } from "@/lib/slug";
import { buildBody } from "./article-body";
import { AUTHORS, CATEGORIES, EXTRA_TAGS_BY_KEYWORD, TAGS } from "./content/catalog";
import { PAGES, type SeedPage } from "./content/pages";
import type { CategoryContent } from "./content/types";
import { Random } from "./random";
import { KK_PAGES } from "./content/kk/pages";
import { generateKazakhEdition, kkCategory } from "./generate-kk";
import { articleAges, coverKey, makeContext, tagSlug, type Draft, type Language, type SeedArticle, type SeedTag } from "./article-parts";
import { capitalize, fill } from "./template";
import { AD_SPECS, COVER_HEIGHT, COVER_WIDTH, COVER_WIDTHS, COVERS_PER_CATEGORY, type ImageSpec } from "./images";

export type { Language, SeedArticle, SeedTag } from "./article-parts";
export { coverKey } from "./article-parts";

export type SeedCategory = { name: string; slug: string; description: string; position: number; kkName: string; kkSlug: string };
export type SeedAuthor = { name: string; slug: string; email: string; role: "AUTHOR" | "EDITOR"; bio: string };
export type SeedMedia = ImageSpec & { originalName: string; alt: string };
export type SeedAdSlot = {
  name: string;
  placement: "ARTICLE_TOP" | "ARTICLE_INLINE" | "ARTICLE_BOTTOM" | "SIDEBAR";
  imageKey: string;
  imageUrl: string;
  linkUrl: string;
  active: boolean;
  position: number;
};
export type SeedData = {
  categories: SeedCategory[];
  authors: SeedAuthor[];
  tags: SeedTag[];
  media: SeedMedia[];
  /** Oldest first; published, then scheduled, then drafts. */
  articles: SeedArticle[];
  adSlots: SeedAdSlot[];
  comments: SeedComment[];
  /** «О редакции», «Контакты»…: published top-level pages, the Russian ones first. */
  pages: Array<SeedPage & { language: Language; translationOfSlug?: string }>;
};

export type GenerateOptions = {
  /** Dates are placed relative to this instant; everything else ignores it. */
  now: Date;
  publishedCount?: number;
  seed?: number;
};

export const DEFAULT_SEED = 20_240_601;
export const DEFAULT_PUBLISHED_COUNT = 320;
const MUST_READ_COUNT = 8;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function generateArticle(rng: Random, categoryIndex: number, coverCursor: number[], takenTitles: Set<string>, takenSlugs: Set<string>): Draft {
  const category = CATEGORIES[categoryIndex]!;
  const categorySlug = slugify(category.name);
  for (let attempt = 0; attempt < 50; attempt++) {
    const topic = rng.pick(category.topics);
    const ctx = makeContext(topic, rng);
    const title = capitalize(fill(rng.pick(topic.titles), ctx, rng));
    if (takenTitles.has(title)) continue;
    takenTitles.add(title);

    const lead = capitalize(fill(rng.pick(topic.leads), ctx, rng));
    const bodyHtml = buildBody({ category, topic, ctx, rng });
    const slug = uniqueSlugSync(slugify(title), (s) => takenSlugs.has(s));
    takenSlugs.add(slug);

    const authorWeights = AUTHORS.map((a) => a.beats[categoryIndex] ?? 0);
    const author = AUTHORS[rng.weightedIndex(authorWeights)]!;

    // The topic's first tag is its main one; the rest and keyword matches are optional.
    const [mainTag, ...otherTags] = topic.tags;
    if (mainTag === undefined) throw new Error(`A topic of ${category.name} has no tags`);
    const tagNames = [mainTag, ...rng.sample(otherTags, rng.int(0, otherTags.length))];
    const text = `${title} ${lead}`;
    for (const [pattern, name] of EXTRA_TAGS_BY_KEYWORD) {
      if (tagNames.length >= 3) break;
      if (!tagNames.includes(name) && pattern.test(text) && rng.chance(0.5)) tagNames.push(name);
    }

    const coverIndex = coverCursor[categoryIndex]!;
    coverCursor[categoryIndex] = (coverIndex + 1 + rng.int(0, 2)) % COVERS_PER_CATEGORY;

    return {
      language: "ru",
      title,
      slug,
      lead,
      bodyHtml,
      categorySlug,
      authorEmail: author.email,
      tagSlugs: tagNames.slice(0, 4).map(tagSlug),
      coverKey: coverKey(categorySlug, coverIndex),
      coverAlt: capitalize(fill(rng.pick(topic.photo), ctx, rng)),
      coverCaption: fill(rng.pick(category.photoCredits), ctx, rng),
    };
  }
  throw new Error(`Could not generate a unique title in category ${category.name}`);
}

function coverMedia(): SeedMedia[] {
  return CATEGORIES.flatMap((category: CategoryContent, categoryIndex) => {
    const categorySlug = slugify(category.name);
    return Array.from({ length: COVERS_PER_CATEGORY }, (_, i) => ({
      key: coverKey(categorySlug, i),
      kind: "cover" as const,
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
      widths: [...COVER_WIDTHS],
      palette: category.palette,
      variant: (i + categoryIndex) % 5,
      seed: DEFAULT_SEED + categoryIndex * 100 + i,
      originalName: `${coverKey(categorySlug, i)}.svg`,
      alt: `Иллюстрация рубрики «${category.name}»`,
    }));
  });
}

/**
 * The whole demo content as plain objects. Deterministic: for a given seed, everything but
 * the dates is identical on every run; dates are offsets from `now` (the newest published
 * article is about an hour old, scheduled ones are a few days ahead).
 */
export function generateSeedData(options: GenerateOptions): SeedData {
  const rng = new Random(options.seed ?? DEFAULT_SEED);
  const publishedCount = options.publishedCount ?? DEFAULT_PUBLISHED_COUNT;
  const newest = options.now.getTime() - 60 * MINUTE;

  const categories = CATEGORIES.map((c, position) => ({
    name: c.name,
    slug: slugify(c.name),
    description: c.description,
    position,
    kkName: kkCategory(position).name,
    kkSlug: kkCategory(position).slug,
  }));
  const authors = AUTHORS.map((a) => ({ name: a.name, slug: slugify(a.name), email: a.email, role: a.role, bio: a.bio }));
  const tags: SeedTag[] = TAGS.map((name) => ({ name, slug: tagSlug(name), language: "ru" }));

  const takenTitles = new Set<string>();
  // Pages share /<slug> with articles.
  const takenSlugs = new Set<string>([...RESERVED_SLUGS, ...PAGES.map((p) => p.slug), ...KK_PAGES.map((p) => p.slug)]);
  const coverCursor = CATEGORIES.map(() => 0);
  const categoryWeights = CATEGORIES.map((c) => c.weight);
  const nextDraft = () => generateArticle(rng, rng.weightedIndex(categoryWeights), coverCursor, takenTitles, takenSlugs);

  const ages = articleAges(publishedCount, rng);
  const published: SeedArticle[] = ages.map((age) => {
    const draft = nextDraft();
    const publishedAt = new Date(newest - age * MINUTE);
    const createdAt = new Date(publishedAt.getTime() - rng.int(20, 600) * MINUTE);
    return { ...draft, status: "PUBLISHED", publishedAt, mustRead: false, createdAt, updatedAt: publishedAt };
  });
  published.reverse();

  // One must-read per category among the recent articles, newest first.
  const recent = published.slice(-80).reverse();
  const picked = new Set<string>();
  for (const article of recent) {
    if (picked.size >= MUST_READ_COUNT) break;
    if (!picked.has(article.categorySlug)) {
      picked.add(article.categorySlug);
      article.mustRead = true;
    }
  }

  // The newest article is the demo «Срочно» item for a day after seeding.
  const newestArticle = published.at(-1);
  if (newestArticle) newestArticle.breakingUntil = new Date(options.now.getTime() + DAY);

  const hidden: SeedArticle[] = [];
  for (const days of [2, 5]) {
    const draft = nextDraft();
    const publishedAt = new Date(newest + days * DAY + rng.int(0, 600) * MINUTE);
    const createdAt = new Date(newest - rng.int(1, 3) * DAY);
    hidden.push({ ...draft, status: "SCHEDULED", publishedAt, mustRead: false, createdAt, updatedAt: createdAt });
  }
  for (let i = 0; i < 2; i++) {
    const draft = nextDraft();
    const createdAt = new Date(newest - rng.int(1, 10) * DAY);
    hidden.push({ ...draft, status: "DRAFT", publishedAt: null, mustRead: false, createdAt, updatedAt: createdAt });
  }

  const adMedia: SeedMedia[] = AD_SPECS.map((ad) => ({ ...ad.image, originalName: `${ad.image.key}.svg`, alt: ad.alt }));
  const adSlots: SeedAdSlot[] = AD_SPECS.map((ad, position) => ({
    name: ad.name,
    placement: ad.placement,
    imageKey: ad.image.key,
    imageUrl: mediaUrl(ad.image.key, Math.max(...ad.image.widths)),
    linkUrl: ad.linkUrl,
    active: ad.active,
    position,
  }));

  const comments = generateSeedComments(published, options.now, rng);
  const kazakh = generateKazakhEdition({ rng, now: options.now, newest, takenTitles, takenSlugs, ruTagSlugs: tags.map((t) => t.slug) });
  // Oldest first across both editions; a stable sort keeps the order of equal dates.
  const allPublished = [...published, ...kazakh.articles].sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime());
  const pages = [
    ...PAGES.map((p) => ({ ...p, language: "ru" as const })),
    ...KK_PAGES.map(({ translationOfSlug, ...p }) => ({ ...p, language: "kk" as const, translationOfSlug })),
  ];
  return {
    categories,
    authors,
    tags: [...tags, ...kazakh.tags],
    media: [...coverMedia(), ...adMedia],
    articles: [...allPublished, ...hidden],
    adSlots,
    comments: [...comments, ...kazakh.comments],
    pages,
  };
}
