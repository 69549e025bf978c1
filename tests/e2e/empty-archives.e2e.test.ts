import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pgConfigFromUrl } from "../../lib/db/pg-config";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");

// The tag is made in the database directly, as a contributor's draft would make it.
describe.skipIf(!databaseUrl)("a tag with nothing published", () => {
  let client: pg.Client;
  const slug = `chernovaya-metka-${Date.now()}`;

  beforeAll(async () => {
    client = new pg.Client(pgConfigFromUrl(databaseUrl!));
    await client.connect();
    await client.query(`INSERT INTO "Tag" (name, slug) VALUES ('Черновая метка', $1)`, [slug]);
    await client.query(
      `INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT a.id, t.id FROM "Article" a, "Tag" t WHERE a.status = 'DRAFT' AND t.slug = $1 LIMIT 1`,
      [slug],
    );
  });
  afterAll(async () => {
    await client?.query(`DELETE FROM "Tag" WHERE slug = $1`, [slug]);
    await client?.end();
  });

  it("has no public page until an article with it is published", async () => {
    const res = await fetch(`${baseUrl}/tag/${slug}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("Черновая метка");
  });
});
