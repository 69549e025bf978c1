import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS } from "@/lib/paths";
import { slugify } from "@/lib/slug";
import { countWords, MAX_WORDS, MIN_WORDS } from "./article-body";
import { KK_PAGES } from "./content/kk/pages";
import { TAGS } from "./content/catalog";
import { generateSeedData } from "./generate";
import { renderSvg } from "./images";

const NOW = new Date("2026-03-15T09:30:00Z");
const DAY = 24 * 60 * 60 * 1000;
const data = generateSeedData({ now: NOW });
const published = data.articles.filter((a) => a.status === "PUBLISHED");
const kazakh = data.articles.filter((a) => a.language === "kk");
/** Kazakh-specific letters; a Kazakh title without any would be suspicious. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

describe("generateSeedData", () => {
  it("is deterministic", () => {
    expect(generateSeedData({ now: NOW })).toEqual(data);
  });

  it("only shifts dates when run at another time", () => {
    const later = generateSeedData({ now: new Date(NOW.getTime() + 37 * DAY + 12_345) });
    const strip = (d: typeof data) =>
      d.articles.map(({ publishedAt, createdAt, updatedAt, breakingUntil, ...rest }) => ({ ...rest, breaking: breakingUntil !== undefined }));
    expect(strip(later)).toEqual(strip(data));
    expect(later.articles[0]!.publishedAt!.getTime() - data.articles[0]!.publishedAt!.getTime()).toBe(37 * DAY + 12_345);
  });

  it("has the eight categories in order", () => {
    expect(data.categories.map((c) => c.name)).toEqual(["Общество", "Политика", "Экономика", "Происшествия", "Спорт", "Культура", "Образование", "Здоровье"]);
    expect(data.categories.map((c) => c.slug)).toEqual(["obschestvo", "politika", "ekonomika", "proisshestviya", "sport", "kultura", "obrazovanie", "zdorove"]);
    for (const c of data.categories) expect(c.description).toMatch(/\.$/);
  });

  it("has 6–8 authors and about 40 tags with unique slugs", () => {
    expect(data.authors.length).toBeGreaterThanOrEqual(6);
    expect(data.authors.length).toBeLessThanOrEqual(8);
    for (const a of data.authors) expect(a.email).toMatch(/@vestnik\.example$/);
    expect(data.tags.length).toBeGreaterThanOrEqual(35);
    expect(new Set(data.tags.map((t) => t.slug)).size).toBe(data.tags.length);
    expect(data.tags.filter((t) => t.language === "ru").map((t) => t.name)).toEqual([...TAGS]);
  });

  it("has at least 300 published articles and two drafts and two scheduled ones", () => {
    expect(published.length).toBeGreaterThanOrEqual(300);
    expect(data.articles.filter((a) => a.status === "DRAFT")).toHaveLength(2);
    expect(data.articles.filter((a) => a.status === "SCHEDULED")).toHaveLength(2);
    for (const a of data.articles.filter((x) => x.status === "DRAFT")) expect(a.publishedAt).toBeNull();
  });

  it("has unique titles and unique, well-formed slugs", () => {
    expect(new Set(data.articles.map((a) => a.title)).size).toBe(data.articles.length);
    expect(new Set(data.articles.map((a) => a.slug)).size).toBe(data.articles.length);
    for (const a of data.articles) {
      expect(a.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(a.slug.length).toBeLessThanOrEqual(80);
      expect(a.slug.startsWith(slugify(a.title, a.language).slice(0, 20))).toBe(true);
      expect(RESERVED_SLUGS.has(a.slug)).toBe(false);
    }
  });

  it("writes 300–800 words of safe HTML per article (Kazakh: from 200, in fewer, longer words)", () => {
    for (const a of data.articles) {
      const words = countWords(a.bodyHtml);
      expect(words, a.title).toBeGreaterThanOrEqual(a.language === "kk" ? 200 : MIN_WORDS);
      expect(words, a.title).toBeLessThanOrEqual(MAX_WORDS);
      expect(a.bodyHtml).not.toMatch(/<(?!\/?(p|h2|blockquote|ul|li)>)/);
      expect(a.bodyHtml).not.toMatch(/[{}]/);
      expect(a.lead.length).toBeGreaterThan(20);
      expect(a.tagSlugs.length).toBeGreaterThanOrEqual(1);
      expect(a.tagSlugs.length).toBeLessThanOrEqual(4);
    }
  });

  it("dates published articles within two years, the newest about an hour ago", () => {
    const times = published.map((a) => a.publishedAt!.getTime());
    expect(Math.max(...times)).toBe(NOW.getTime() - 60 * 60 * 1000);
    expect(Math.min(...times)).toBeGreaterThan(NOW.getTime() - 730 * DAY);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]!);
    // Denser recently: more in the last year than in the one before.
    expect(times.filter((t) => t > NOW.getTime() - 365 * DAY).length).toBeGreaterThan(published.length / 2);
    for (const a of data.articles) expect(a.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
  });

  it("schedules the scheduled articles a few days ahead", () => {
    for (const a of data.articles.filter((x) => x.status === "SCHEDULED")) {
      expect(a.publishedAt!.getTime()).toBeGreaterThan(NOW.getTime() + DAY);
      expect(a.publishedAt!.getTime()).toBeLessThan(NOW.getTime() + 7 * DAY);
    }
  });

  it("picks about eight must-reads among recent published articles", () => {
    const picks = data.articles.filter((a) => a.mustRead && a.language === "ru");
    expect(picks.length).toBeGreaterThanOrEqual(6);
    expect(picks.length).toBeLessThanOrEqual(10);
    for (const a of picks) expect(a.status).toBe("PUBLISHED");
  });

  it("references only existing categories, authors, tags and covers", () => {
    const categories = new Set(data.categories.map((c) => c.slug));
    const authors = new Set(data.authors.map((a) => a.email));
    const tags = new Set(data.tags.map((t) => t.slug));
    const media = new Set(data.media.map((m) => m.key));
    for (const a of data.articles) {
      expect(categories.has(a.categorySlug)).toBe(true);
      expect(authors.has(a.authorEmail)).toBe(true);
      for (const t of a.tagSlugs) expect(tags.has(t)).toBe(true);
      expect(media.has(a.coverKey)).toBe(true);
      expect(a.coverCaption).toMatch(/^Фото: /);
      expect(a.coverAlt).not.toBe("");
    }
    for (const c of categories) expect(data.articles.filter((a) => a.categorySlug === c && a.status === "PUBLISHED").length).toBeGreaterThan(13);
  });

  it("has four ad slots, only the bottom one inactive", () => {
    expect(data.adSlots.map((a) => [a.placement, a.active])).toEqual([
      ["ARTICLE_TOP", true],
      ["ARTICLE_INLINE", true],
      ["SIDEBAR", true],
      ["ARTICLE_BOTTOM", false],
    ]);
    for (const ad of data.adSlots) {
      expect(ad.imageUrl).toMatch(/^\/media\/seed-ad-[a-z-]+\/\d+\.webp$/);
      expect(ad.linkUrl).toMatch(/^https:\/\/example\.kz\//);
    }
  });

  it("draws covers without text", () => {
    for (const m of data.media) {
      const svg = renderSvg(m);
      expect(svg).not.toMatch(/<text/);
      expect(svg).toContain(`width="${m.width}" height="${m.height}"`);
    }
  });

  describe("the Kazakh edition", () => {
    it("names every category in Kazakh with a unique Kazakh slug", () => {
      expect(data.categories.map((c) => [c.kkName, c.kkSlug])).toEqual([
        ["Қоғам", "qogam"],
        ["Саясат", "saiasat"],
        ["Экономика", "ekonomika"],
        ["Оқиғалар", "oqigalar"],
        ["Спорт", "sport"],
        ["Мәдениет", "madeniet"],
        ["Білім", "bilim"],
        ["Денсаулық", "densaulyq"],
      ]);
    });

    it("has at least 100 published Kazakh articles in all eight categories", () => {
      expect(kazakh.length).toBeGreaterThanOrEqual(100);
      for (const a of kazakh) expect(a.status).toBe("PUBLISHED");
      expect(new Set(kazakh.map((a) => a.categorySlug))).toEqual(new Set(data.categories.map((c) => c.slug)));
      const picks = kazakh.filter((a) => a.mustRead);
      expect(picks.length).toBeGreaterThanOrEqual(2);
      expect(picks.length).toBeLessThanOrEqual(5);
    });

    it("writes Kazakh titles, leads and bodies", () => {
      for (const a of kazakh) {
        expect(a.title, a.title).toMatch(KAZAKH_LETTERS);
        expect(a.lead, a.title).toMatch(KAZAKH_LETTERS);
        // Common Russian words give away untranslated text.
        expect(a.bodyHtml, a.title).not.toMatch(/[\s>](и|в|на|что|по)\s/);
        expect(a.coverAlt).not.toBe("");
      }
      const text = kazakh.map((a) => `${a.title} ${a.lead} ${a.bodyHtml}`).join(" ");
      for (const form of ["Ертістің", "Өскеменде", "Павлодарда", "Астанаға", "Өскеменнен"]) expect(text, form).toContain(form);
    });

    it("gives Kazakh articles Kazakh tags only", () => {
      const kkTags = new Set(data.tags.filter((t) => t.language === "kk").map((t) => t.slug));
      expect(kkTags.size).toBeGreaterThanOrEqual(10);
      for (const a of kazakh) for (const slug of a.tagSlugs) expect(kkTags.has(slug), `${a.title}: ${slug}`).toBe(true);
      for (const a of data.articles.filter((x) => x.language === "ru")) for (const slug of a.tagSlugs) expect(kkTags.has(slug)).toBe(false);
    });

    it("translates at least 15 Russian articles, each at most once, after the original appeared", () => {
      const translations = kazakh.filter((a) => a.translationOfSlug !== undefined);
      expect(translations.length).toBeGreaterThanOrEqual(15);
      const originals = new Map(data.articles.filter((a) => a.language === "ru").map((a) => [a.slug, a]));
      for (const t of translations) {
        const original = originals.get(t.translationOfSlug!);
        expect(original, t.title).toBeDefined();
        expect(original!.status).toBe("PUBLISHED");
        expect(original!.categorySlug).toBe(t.categorySlug);
        expect(original!.coverKey).toBe(t.coverKey);
        expect(t.publishedAt!.getTime()).toBeGreaterThanOrEqual(original!.publishedAt!.getTime());
        // The same story: the same numbers in the same paragraphs.
        const numbers = (html: string) => html.split("</p>").map((p) => p.match(/\d+/g) ?? []);
        expect(numbers(t.bodyHtml)).toEqual(numbers(original!.bodyHtml));
        expect(t.title.match(/\d+/g)).toEqual(original!.title.match(/\d+/g));
      }
      expect(new Set(translations.map((t) => t.translationOfSlug)).size).toBe(translations.length);
    });

    it("has Kazakh translations of the outlet's pages, their slugs free", () => {
      const ru = data.pages.filter((p) => p.language === "ru");
      const kk = data.pages.filter((p) => p.language === "kk");
      expect(kk.map((p) => p.title)).toEqual(["Редакция туралы", "Байланыс", "Сайттағы жарнама"]);
      for (const p of kk) expect(ru.map((r) => r.slug)).toContain(p.translationOfSlug);
      const slugs = [...data.pages.map((p) => p.slug), ...data.articles.map((a) => a.slug)];
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(KK_PAGES).toHaveLength(3);
    });

    it("has approved Kazakh discussions under Kazakh articles", () => {
      const kkSlugs = new Set(kazakh.map((a) => a.slug));
      const kkComments = data.comments.filter((c) => kkSlugs.has(c.articleSlug));
      expect(kkComments.length).toBeGreaterThanOrEqual(5);
      for (const c of kkComments) expect(c.content).toMatch(/[әғқңөұүһі]|Рахмет|Келісемін/i);
      expect(new Set(data.comments.map((c) => c.key)).size).toBe(data.comments.length);
    });
  });
});
