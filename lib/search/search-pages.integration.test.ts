import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseSearchQuery, type SearchQuery } from "./query";
import { MAX_PAGE_HITS } from "./page-hits";
import { searchPages } from "./search-pages";

function query(text: string): SearchQuery {
  const parsed = parseSearchQuery(text);
  if (!parsed.ok) throw new Error(`not a query: ${text}`);
  return parsed.query;
}

const paths = async (text: string) => (await searchPages(query(text), { language: "ru" })).map((hit) => hit.path);

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`static pages in search on ${target.name}`, () => {
    let prisma: PrismaClient;

    beforeAll(async () => {
      ({ prisma } = await target.open());
      const page = (slug: string, title: string, body: string, extra: { status?: "DRAFT" | "PUBLISHED"; parentId?: number; position?: number } = {}) =>
        prisma.page.create({
          data: { slug, title, bodyHtml: `<p>${body}</p>`, status: extra.status ?? "PUBLISHED", parentId: extra.parentId, position: extra.position ?? 0 },
        });
      const about = await page("o-redaktsii", "О редакции", "Издание выходит с 1995 года.", { position: 1 });
      await page("kontakty", "Контакты", "Телефон <b>редакции</b>: +7 7232 00-00-00. Офис в Өскемене.", { parentId: about.id });
      await page("reklama", "Реклама", "Размещение рекламы на сайте и в газете.", { position: 2 });
      await page("chernovik", "Редакция (черновик)", "Ещё не готово.", { status: "DRAFT" });
      const hidden = await page("arkhiv", "Архив", "Старые номера.", { status: "DRAFT" });
      await page("arkhiv-redaktsii", "Архив редакции", "Под неопубликованной страницей.", { parentId: hidden.id });
    });
    afterAll(() => target.close());

    it("finds published pages by inflected words in the title and the body, title matches first", async () => {
      expect(await paths("редакция")).toEqual(["/o-redaktsii", "/o-redaktsii/kontakty"]);
      expect(await paths("газетах")).toEqual(["/reklama"]);
    });

    it("never shows a draft, nor a page under an unpublished one", async () => {
      const found = await paths("редакции");
      expect(found).not.toContain("/chernovik");
      expect(found).not.toContain("/arkhiv/arkhiv-redaktsii");
    });

    it("highlights the matched words without the body's markup", async () => {
      const [about, contacts] = await searchPages(query("редакции"), { language: "ru" });
      expect(about?.title).toEqual([
        { text: "О ", hit: false },
        { text: "редакции", hit: true },
      ]);
      expect(contacts?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["редакции"]);
      expect(contacts?.snippet.map((p) => p.text).join("")).not.toContain("<b>");
    });

    it("matches words the stemmer does not know as prefixes", async () => {
      expect(await paths("Өскемен")).toEqual(["/o-redaktsii/kontakty"]);
    });

    it("follows edits at once: the document is kept by the database", async () => {
      await prisma.page.update({ where: { slug: "reklama" }, data: { title: "Реклама и партнёрство", bodyHtml: "<p>Спецпроекты.</p>" } });
      expect(await paths("партнёрства")).toEqual(["/reklama"]);
      expect(await paths("газете")).toEqual([]);
    });

    it("shows a few pages at most", async () => {
      await prisma.page.createMany({
        data: Array.from({ length: MAX_PAGE_HITS + 3 }, (_, i) => ({
          slug: `vakansiya-${i}`,
          title: `Вакансия ${i}`,
          bodyHtml: "<p>Работа.</p>",
          status: "PUBLISHED" as const,
        })),
      });
      expect(await paths("вакансия")).toHaveLength(MAX_PAGE_HITS);
    });
  });
}
