import { afterAll, describe, expect, it } from "vitest";
import { createPGlite } from "./pglite";

describe("createPGlite", () => {
  const pglite = createPGlite();
  afterAll(() => pglite.close());

  it("keeps PostgreSQL's buffers small: they live in the server's own memory", async () => {
    const { rows } = await pglite.query<{ shared_buffers: string }>("SHOW shared_buffers");
    expect(rows[0]!.shared_buffers).toBe("16MB");
  }, 60_000); // the first query waits for PGlite to start

  it("still has the extensions search and slugs rely on", async () => {
    await pglite.exec("CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent");
    const { rows } = await pglite.query<{ plain: string }>("SELECT unaccent('Ёлка') AS plain");
    expect(rows[0]!.plain).toBe("Елка");
  });
});
