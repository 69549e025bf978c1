import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { actAs, createStaff } from "@/tests/support/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { decodeReport } from "@/lib/articles/bulk-report";
import { listArticles, statusCounts } from "@/lib/articles/newsroom-reads";
import { bulkArticlesAction } from "./actions";

type Status = "DRAFT" | "PENDING" | "SCHEDULED" | "PUBLISHED";

function bulkForm(op: string, ids: number[], extra: Record<string, string> = {}): FormData {
  const data = new FormData();
  data.set("op", op);
  for (const id of ids) data.append("ids", String(id));
  data.set("back", "/admin/articles?status=DRAFT");
  for (const [k, v] of Object.entries(extra)) data.set(k, v);
  return data;
}

/** Runs the bulk action and returns the report it redirected with. */
async function runBulk(data: FormData): Promise<{ location: string; report: string | null }> {
  try {
    await bulkArticlesAction(data);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    const location = digest.split(";")[2] ?? "";
    return { location, report: decodeReport(new URL(location, "http://x").searchParams.get("bulk") ?? undefined) };
  }
  throw new Error("the action did not redirect");
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`the newsroom article list on ${target.name}`, () => {
    let prisma: PrismaClient;
    const staff: Record<"EDITOR" | "AUTHOR" | "CONTRIBUTOR", Awaited<ReturnType<typeof createStaff>>> = {} as never;
    let society: number;
    let sport: number;
    let n = 0;

    const article = (authorId: number, status: Status, data: { publishedAt?: Date | null; bodyHtml?: string; proposedTags?: string[] } = {}) =>
      prisma.article.create({
        data: {
          title: `Статья ${++n}`,
          slug: `list-${n}`,
          bodyHtml: data.bodyHtml ?? "<p>Текст</p>",
          categoryId: society,
          authorId,
          status,
          publishedAt: data.publishedAt ?? null,
          proposedTags: data.proposedTags ?? [],
        },
      });

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      for (const role of ["EDITOR", "AUTHOR", "CONTRIBUTOR"] as const) staff[role] = await createStaff(prisma, role);
      society = (await prisma.category.create({ data: { name: "Общество", slug: "obshchestvo" } })).id;
      sport = (await prisma.category.create({ data: { name: "Спорт", slug: "sport" } })).id;
    });
    afterAll(() => target.close());

    it("counts each status for the quick filters, within what the role may see", async () => {
      await article(staff.AUTHOR.id, "DRAFT");
      await article(staff.AUTHOR.id, "PUBLISHED", { publishedAt: new Date("2026-01-01T00:00:00Z") });
      await article(staff.EDITOR.id, "PENDING");
      await article(staff.CONTRIBUTOR.id, "SCHEDULED", { publishedAt: new Date("2030-01-01T00:00:00Z") });
      expect(await statusCounts(staff.EDITOR, {})).toEqual({ ALL: 4, DRAFT: 1, PENDING: 1, SCHEDULED: 1, PUBLISHED: 1 });
      expect(await statusCounts(staff.AUTHOR, {})).toEqual({ ALL: 2, DRAFT: 1, PENDING: 0, SCHEDULED: 0, PUBLISHED: 1 });
    });

    it("shows views of the last 30 days and approved comments, and sorts by publication time", async () => {
      const old = await article(staff.EDITOR.id, "PUBLISHED", { publishedAt: new Date("2025-06-01T00:00:00Z") });
      const now = new Date("2026-12-03T12:00:00Z");
      await prisma.articleDailyViews.createMany({
        data: [
          { articleId: old.id, day: new Date("2026-12-03"), views: 4 },
          { articleId: old.id, day: new Date("2026-11-04"), views: 6 },
          { articleId: old.id, day: new Date("2026-11-03"), views: 1000 },
        ],
      });
      const comment = (status: "APPROVED" | "PENDING") =>
        prisma.comment.create({ data: { articleId: old.id, authorName: "Ч", authorEmail: "c@example.kz", content: "x", contentHtml: "x", status } });
      await comment("APPROVED");
      await comment("APPROVED");
      await comment("PENDING");

      const asc = await listArticles(staff.EDITOR, { page: 1, sort: "published-asc", status: "PUBLISHED" }, now);
      expect(asc.rows[0]).toMatchObject({ id: old.id, views: 10, comments: 2 });
      const desc = await listArticles(staff.EDITOR, { page: 1, sort: "published-desc", status: "PUBLISHED" }, now);
      expect(desc.rows.at(-1)?.id).toBe(old.id);
    });

    it("publishes in bulk what the caller may publish and reports the rest as skipped", async () => {
      const own1 = await article(staff.AUTHOR.id, "DRAFT", { proposedTags: ["выборы"] });
      const own2 = await article(staff.AUTHOR.id, "PENDING");
      const others = await article(staff.EDITOR.id, "DRAFT");
      actAs(staff.AUTHOR);
      const { location, report } = await runBulk(bulkForm("publish", [own1.id, own2.id, others.id]));
      expect(report).toBe("Опубликовано: 2; пропущено: 1 (нет прав)");
      expect(location).toMatch(/^\/admin\/articles\?status=DRAFT&bulk=/);
      const rows = await prisma.article.findMany({
        where: { id: { in: [own1.id, own2.id, others.id] } },
        orderBy: { id: "asc" },
        include: { tags: { include: { tag: true } } },
      });
      expect(rows.map((r) => r.status)).toEqual(["PUBLISHED", "PUBLISHED", "DRAFT"]);
      expect(rows[0]!.publishedAt).not.toBeNull();
      expect(rows[0]!.tags.map((t) => t.tag.name)).toEqual(["выборы"]);
      expect(rows[0]!.proposedTags).toEqual([]);
      const logged = await prisma.auditLog.findMany({ where: { action: "article.published", subject: { in: [`article:${own1.id}`, `article:${own2.id}`] } } });
      expect(logged).toHaveLength(2);
      expect(await prisma.articleRevision.count({ where: { articleId: own1.id } })).toBe(1);
    });

    it("lets a contributor do nothing that needs publishing rights, and skips an empty text", async () => {
      const mine = await article(staff.CONTRIBUTOR.id, "DRAFT");
      actAs(staff.CONTRIBUTOR);
      expect((await runBulk(bulkForm("publish", [mine.id]))).report).toBe("Опубликовано: 0; пропущено: 1 (нет прав)");
      const empty = await article(staff.EDITOR.id, "DRAFT", { bodyHtml: "<p> </p>" });
      const full = await article(staff.EDITOR.id, "DRAFT");
      actAs(staff.EDITOR);
      expect((await runBulk(bulkForm("publish", [empty.id, full.id]))).report).toBe("Опубликовано: 1; пропущено: 1 (без текста)");
      expect((await prisma.article.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("DRAFT");
    });

    it("sends back to drafts and moves to another primary category, within each article's rights", async () => {
      const published = await article(staff.AUTHOR.id, "PUBLISHED", { publishedAt: new Date("2026-01-01T00:00:00Z") });
      const contributorsDraft = await article(staff.CONTRIBUTOR.id, "DRAFT");
      actAs(staff.CONTRIBUTOR);
      expect((await runBulk(bulkForm("draft", [published.id]))).report).toBe("В черновики: 0; пропущено: 1 (нет прав)");
      actAs(staff.AUTHOR);
      expect((await runBulk(bulkForm("draft", [published.id]))).report).toBe("В черновики: 1");
      expect((await prisma.article.findUniqueOrThrow({ where: { id: published.id } })).status).toBe("DRAFT");
      expect(await prisma.auditLog.count({ where: { action: "article.draft", subject: `article:${published.id}` } })).toBe(1);

      const { report } = await runBulk(bulkForm("category", [published.id, contributorsDraft.id], { categoryId: String(sport) }));
      expect(report).toBe("Перенесено в рубрику: 1; пропущено: 1 (нет прав)");
      const moved = await prisma.article.findUniqueOrThrow({ where: { id: published.id }, include: { categories: true } });
      expect(moved.categoryId).toBe(sport);
      expect(moved.categories.map((c) => c.categoryId)).toEqual([sport]);
    });

    it("sends to the trash through the trash's own rules", async () => {
      const mine = await article(staff.CONTRIBUTOR.id, "DRAFT");
      const editors = await article(staff.EDITOR.id, "DRAFT");
      actAs(staff.CONTRIBUTOR);
      expect((await runBulk(bulkForm("trash", [mine.id, editors.id]))).report).toBe("В корзину: 1; пропущено: 1 (нет прав)");
      expect((await prisma.article.findUniqueOrThrow({ where: { id: mine.id } })).deletedAt).not.toBeNull();
      expect((await prisma.article.findUniqueOrThrow({ where: { id: editors.id } })).deletedAt).toBeNull();
    });

    it("asks for a selection when nothing is ticked, and refuses callers without a session", async () => {
      actAs(staff.EDITOR);
      expect((await runBulk(bulkForm("publish", []))).location).toContain("bulk=none");
      const draft0 = await article(staff.EDITOR.id, "DRAFT");
      expect((await runBulk(bulkForm("category", [draft0.id]))).location).toContain("bulk=invalid");
      actAs(null);
      const draft = await article(staff.EDITOR.id, "DRAFT");
      expect((await runBulk(bulkForm("publish", [draft.id]))).location).toBe("/admin/login");
      expect((await prisma.article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    });
  });
}
