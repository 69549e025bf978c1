import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/open";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "@/tests/support/postgres";

const run = promisify(execFile);

// Several instances need a database server: PGlite belongs to one process.
describe.skipIf(!(await postgresAvailable()))("the scheduler in two processes", () => {
  let server: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    server = await createTestDatabase();
    database = await openDatabase({ databaseUrl: server.url });
  });
  afterAll(async () => {
    await database?.close();
    await server?.drop();
  });

  it("publishes each due article once, with one audit entry", async () => {
    const { prisma } = database;
    const category = await prisma.category.create({ data: { name: "Общество", slug: "obshchestvo" } });
    const author = await prisma.user.create({ data: { name: "Автор", slug: "avtor", email: "avtor@example.kz" } });
    // Both processes are polling when the articles fall due.
    const due = new Date(Date.now() + 4_000);
    await prisma.article.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        title: `Новость ${i}`,
        slug: `novost-${i}`,
        bodyHtml: "<p>…</p>",
        categoryId: category.id,
        authorId: author.id,
        status: "SCHEDULED" as const,
        publishedAt: due,
      })),
    });
    const until = String(due.getTime() + 1_500);
    const outputs = await Promise.all(
      [1, 2].map(() => run(process.execPath, ["--import", "tsx", "tests/support/run-scheduler.ts", server.url, until], { timeout: 30_000 })),
    );
    const [first, second] = outputs.map((o) => JSON.parse(o.stdout) as number[]);
    const all = await prisma.article.findMany({ select: { id: true, status: true } });
    expect(all.every((a) => a.status === "PUBLISHED")).toBe(true);
    expect([...first!, ...second!].sort((a, b) => a - b)).toEqual(all.map((a) => a.id).sort((a, b) => a - b));
    const entries = await prisma.auditLog.groupBy({ by: ["subject"], where: { action: "article.published-on-schedule" }, _count: true });
    expect(entries).toHaveLength(30);
    expect(entries.every((e) => e._count === 1)).toBe(true);
  });
});
