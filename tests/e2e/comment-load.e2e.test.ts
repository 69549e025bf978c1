import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { pgConfigFromUrl } from "../../lib/db/pg-config";
import { runCommentLoad } from "../../scripts/support/comment-load";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const fixtures = inject("readerFixtures");

describe("200 readers commenting at once, on 200 articles, from 200 addresses", () => {
  it("accepts every post without a server error, and every accepted comment is stored", { timeout: 120_000 }, async () => {
    expect(fixtures.newestArticles.length).toBe(200);
    const { posts } = await runCommentLoad({ baseUrl, targets: fixtures.newestArticles, run: `e2e${Date.now()}` });
    expect(posts.filter((p) => p.status === 0 || p.status >= 500)).toEqual([]);
    const accepted = posts.filter((p) => p.status === 303 && p.commentId !== null);
    expect(accepted.length).toBe(200);

    if (!databaseUrl) return; // the embedded database belongs to the server process
    const client = new pg.Client(pgConfigFromUrl(databaseUrl));
    await client.connect();
    try {
      const { rows } = await client.query<{ id: number; content: string }>(`SELECT id, content FROM "Comment" WHERE id = ANY($1::int[])`, [
        accepted.map((p) => p.commentId),
      ]);
      const stored = new Map(rows.map((r) => [r.id, r.content]));
      expect(accepted.filter((p) => stored.get(p.commentId!) !== p.text)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
