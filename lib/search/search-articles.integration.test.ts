import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { summarySelect, toSummary } from "@/lib/articles/mapping";
import { parseSearchQuery, type SearchQuery } from "./query";
import { searchArticles } from "./search-articles";
import { SEARCH_PAGE_SIZE } from "./run-search";

const HOUR = 3_600_000;
const RU = { language: "ru" } as const;

function query(text: string): SearchQuery {
  const parsed = parseSearchQuery(text);
  if (!parsed.ok) throw new Error(`not a query: ${text}`);
  return parsed.query;
}

async function buildCorpus(prisma: PrismaClient) {
  const category = await prisma.category.create({ data: { name: "Происшествия", slug: "proisshestviya" } });
  const author = await prisma.user.create({ data: { name: "Анна Ким", slug: "anna-kim", email: "anna@example.kz" } });
  let n = 0;
  const article = (slug: string, fields: { title?: string; lead?: string; body?: string; status?: "PUBLISHED" | "DRAFT" }) =>
    prisma.article.create({
      data: {
        slug,
        title: fields.title ?? `Новость дня ${slug}`,
        lead: fields.lead ?? "Коротко о событиях недели.",
        bodyHtml: `<p>${fields.body ?? "Обычный текст о погоде и дорогах."}</p>`,
        categoryId: category.id,
        authorId: author.id,
        status: fields.status ?? "PUBLISHED",
        publishedAt: new Date(Date.now() - ++n * HOUR),
      },
    });
  await article("v-tekste", { body: "Полиция сообщила о росте <b>наркопреступлений</b> в области за год." });
  await article("v-lide", { lead: "Число наркопреступлений снизилось впервые за пять лет." });
  await article("v-zagolovke", { title: "Наркопреступление раскрыто за сутки" });
  await article("chernovik", { title: "Наркопреступление в черновике", status: "DRAFT" });
  await article("oskemen", { body: "В Өскеменде открыли новый мост через Иртыш." });
  await article("ust-kamenogorsk", { title: "Усть-Каменогорск готовится к зиме" });
  const cover = await prisma.media.create({ data: { key: "most.jpg", mime: "image/jpeg", width: 1200, height: 800, widths: [480, 960], alt: "Мост" } });
  const bridge = await article("most", { title: "Мост через Иртыш открыт" });
  await prisma.article.update({ where: { id: bridge.id }, data: { coverId: cover.id, coverCaption: "Фото пресс-службы" } });
  const comment = (status: "APPROVED" | "PENDING") =>
    prisma.comment.create({
      data: { articleId: bridge.id, authorName: "Читатель", authorEmail: "r@example.kz", content: "Наконец-то", contentHtml: "<p>Наконец-то</p>", status },
    });
  await comment("APPROVED");
  await comment("APPROVED");
  await comment("PENDING");
  for (let i = 0; i < 25; i++) await article(`fermer-${i}`, { body: `Фермеры собрали урожай пшеницы, отчёт номер ${i}.` });
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`article search on ${target.name}`, () => {
    let prisma: PrismaClient;
    beforeAll(async () => {
      ({ prisma } = await target.open());
      await buildCorpus(prisma);
    });
    afterAll(() => target.close());

    it("finds inflected forms through the russian stemmer and ranks title over lead over body", async () => {
      const results = await searchArticles(query("наркопреступление"), 1, RU);
      expect(results?.mode).toBe("stemmed");
      expect(results?.items.map((h) => h.article.slug)).toEqual(["v-zagolovke", "v-lide", "v-tekste"]);
      expect(results?.total).toBe(3);
    });

    it("describes a hit's article as every other list of articles does", async () => {
      const results = await searchArticles(query("мост"), 1, RU);
      const hit = results!.items.find((h) => h.article.slug === "most")!;
      const row = await prisma.article.findUniqueOrThrow({ where: { slug: "most" }, select: summarySelect });
      expect(hit.article).toEqual(toSummary(row));
      expect(hit.article.cover).toMatchObject({ key: "most.jpg", widths: [480, 960], caption: "Фото пресс-службы" });
    });

    it("never finds a draft", async () => {
      const results = await searchArticles(query("черновике"), 1, RU);
      expect(results?.items.map((h) => h.article.slug)).not.toContain("chernovik");
    });

    it("highlights the matched words in the title and the snippet, without the body's markup", async () => {
      const results = await searchArticles(query("наркопреступлений"), 1, RU);
      const inBody = results!.items.find((h) => h.article.slug === "v-tekste")!;
      expect(inBody.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["наркопреступлений"]);
      expect(inBody.snippet.map((p) => p.text).join("")).not.toContain("<b>");
      const inTitle = results!.items.find((h) => h.article.slug === "v-zagolovke")!;
      expect(inTitle.title).toEqual([
        { text: "Наркопреступление", hit: true },
        { text: " раскрыто за сутки", hit: false },
      ]);
      expect(inTitle.snippet).toEqual([{ text: expect.stringMatching(/^Коротко о событиях недели\.\s+Обычный текст о погоде и дорогах\.\s*$/), hit: false }]);
    });

    it("falls back to prefixes for words the stemmer does not know, and to trigrams for typos", async () => {
      const kazakh = await searchArticles(query("Өскемен"), 1, RU);
      expect(kazakh?.mode).toBe("fallback");
      expect(kazakh?.items.map((h) => h.article.slug)).toEqual(["oskemen"]);
      expect(kazakh?.items[0]?.snippet.some((p) => p.hit && p.text === "Өскеменде")).toBe(true);

      const typo = await searchArticles(query("Усть-Каменогорк"), 1, RU);
      expect(typo?.mode).toBe("fallback");
      expect(typo?.items.map((h) => h.article.slug)).toEqual(["ust-kamenogorsk"]);
    });

    it("ranks only the newest of very many title look-alikes, and says the count is a lower bound", async () => {
      const category = await prisma.category.findFirstOrThrow();
      const author = await prisma.user.findFirstOrThrow();
      const at = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * HOUR);
      await prisma.article.createMany({
        data: Array.from({ length: 320 }, (_, i) => ({
          slug: `pavlodar-${i}`,
          title: `Павлодар: сводка ${i}`,
          lead: "",
          bodyHtml: "<p>Сводка.</p>",
          categoryId: category.id,
          authorId: author.id,
          status: "PUBLISHED" as const,
          publishedAt: at(i),
        })),
      });
      try {
        const results = await searchArticles(query("Павлодарда"), 1, RU);
        expect(results?.mode).toBe("fallback");
        expect(results).toMatchObject({ total: 300, capped: true, totalPages: 30 });
        expect(results?.items.every((h) => Number(h.article.slug.split("-")[1]) >= 20)).toBe(true);
        expect(await searchArticles(query("Павлодарда"), 31, RU)).toBeNull();
      } finally {
        await prisma.article.deleteMany({ where: { slug: { startsWith: "pavlodar-" } } });
      }
    });

    it("paginates and reports a page past the end as missing; no match is an empty first page", async () => {
      const first = await searchArticles(query("пшеница"), 1, RU);
      expect(first?.total).toBe(25);
      expect(first?.totalPages).toBe(3);
      expect(first?.items).toHaveLength(SEARCH_PAGE_SIZE);
      const third = await searchArticles(query("пшеница"), 3, RU);
      expect(third?.items).toHaveLength(5);
      const seen = new Set([...first!.items, ...third!.items].map((h) => h.article.slug));
      expect(seen.size).toBe(15);
      expect(await searchArticles(query("пшеница"), 4, RU)).toBeNull();
      expect(first?.capped).toBe(false);
      expect(await searchArticles(query("абырвалгщзщ"), 1, RU)).toEqual({ mode: "fallback", items: [], page: 1, totalPages: 1, total: 0, capped: false });
    });
  });
}
