import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseSearchQuery, type SearchQuery } from "./query";
import { searchArticles } from "./search-articles";
import { searchPages } from "./search-pages";

const HOUR = 3_600_000;
const KK = { language: "kk" } as const;
const RU = { language: "ru" } as const;

function query(text: string): SearchQuery {
  const parsed = parseSearchQuery(text);
  if (!parsed.ok) throw new Error(`not a query: ${text}`);
  return parsed.query;
}

async function buildCorpus(prisma: PrismaClient) {
  const category = await prisma.category.create({ data: { name: "Общество", slug: "obshchestvo", kkName: "Қоғам", kkSlug: "qogam" } });
  const author = await prisma.user.create({ data: { name: "Айгүл Сәрсенова", slug: "aigul", email: "aigul@example.kz" } });
  let n = 0;
  const article = (slug: string, language: "ru" | "kk", title: string, body: string, lead = "") =>
    prisma.article.create({
      data: {
        slug,
        language,
        title,
        lead,
        bodyHtml: `<p>${body}</p>`,
        categoryId: category.id,
        authorId: author.id,
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - ++n * HOUR),
      },
    });
  await article("ertis-kopiri", "kk", "Ертіс арқылы жаңа көпір салынады", "Құрылыс Өскеменде келесі жылы басталады.");
  await article("ertistin-suy", "kk", "Су тасқыны", "Ертістің деңгейі көтеріліп, <b>Павлодарда</b> жағалау бекітілді.", "Облыс тұрғындары ескертілді.");
  await article("mektep", "kk", "Ауылдағы мектептер жөнделді", "Аудан әкімдігі жұмысты мерзімінде аяқтады.");
  await article("most-ru", "ru", "Мост через Иртыш", "Строительство моста в Павлодаре продолжается.");
  await article("ertis-ru", "ru", "Ертіс в заголовке русской статьи", "Русский текст.");
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`Kazakh search on ${target.name}`, () => {
    let prisma: PrismaClient;
    beforeAll(async () => {
      ({ prisma } = await target.open());
      await buildCorpus(prisma);
    });
    afterAll(() => target.close());

    const slugs = async (text: string, where: Parameters<typeof searchArticles>[2] = KK) =>
      (await searchArticles(query(text), 1, where))?.items.map((h) => h.article.slug);

    it("finds Kazakh articles by inflected forms of their words", async () => {
      expect(await slugs("Ертістің")).toEqual(["ertis-kopiri", "ertistin-suy"]);
      expect(await slugs("Өскеменде")).toEqual(["ertis-kopiri"]);
      expect(await slugs("Павлодарда")).toEqual(["ertistin-suy"]);
      expect(await slugs("мектептің ауылы")).toEqual(["mektep"]);
      expect((await searchArticles(query("Ертістің"), 1, KK))?.mode).toBe("stemmed");
    });

    it("keeps each edition to its language unless both are asked for", async () => {
      expect(await slugs("Ертіс", RU)).toEqual(["ertis-ru"]);
      expect(await slugs("Ертіс", KK)).toEqual(["ertis-kopiri", "ertistin-suy"]);
      expect((await slugs("Ертіс", { language: "ru", scope: "both" }))?.sort()).toEqual(["ertis-kopiri", "ertis-ru", "ertistin-suy"]);
      expect(await slugs("мост", { language: "kk", scope: "both" })).toEqual(["most-ru"]);
      expect(await slugs("мост", KK)).toEqual([]);
    });

    it("marks the inflected words of a Kazakh hit", async () => {
      const results = await searchArticles(query("Ертіс Павлодар"), 1, KK);
      const [hit] = results!.items;
      expect(hit?.article.slug).toBe("ertistin-suy");
      expect(hit?.article.category).toEqual({ name: "Қоғам", slug: "qogam" });
      expect(hit?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["Ертістің", "Павлодарда"]);
      const title = (await searchArticles(query("көпірлер"), 1, KK))!.items[0]!.title;
      expect(title.filter((p) => p.hit).map((p) => p.text)).toEqual(["көпір"]);
    });

    it("falls back to stems as prefixes and to trigrams for Kazakh", async () => {
      const prefix = await searchArticles(query("Өскем"), 1, KK);
      expect(prefix?.mode).toBe("fallback");
      expect(prefix?.items.map((h) => h.article.slug)).toEqual(["ertis-kopiri"]);
      expect(prefix?.items[0]?.snippet.some((p) => p.hit && p.text === "Өскеменде")).toBe(true);
      const typo = await searchArticles(query("Ауылдағы мектептр"), 1, KK);
      expect(typo?.mode).toBe("fallback");
      expect(typo?.items.map((h) => h.article.slug)).toEqual(["mektep"]);
    });

    it("finds Kazakh pages by inflected words, in their edition", async () => {
      await prisma.page.create({
        data: { slug: "bailanys", language: "kk", title: "Байланыс", bodyHtml: "<p>Редакция Өскеменде орналасқан.</p>", status: "PUBLISHED" },
      });
      const [page] = await searchPages(query("Өскеменнен"), KK);
      expect(page?.path).toBe("/bailanys");
      expect(page?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["Өскеменде"]);
      expect(await searchPages(query("Өскеменнен"), RU)).toEqual([]);
    });

    it("indexes an article again when its language changes", async () => {
      await prisma.article.update({ where: { slug: "ertis-ru" }, data: { language: "kk" } });
      expect(await slugs("Ертістің")).toContain("ertis-ru");
      await prisma.article.update({ where: { slug: "ertis-ru" }, data: { language: "ru" } });
      expect(await slugs("Ертістің")).not.toContain("ertis-ru");
    });
  });
}
