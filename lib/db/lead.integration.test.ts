import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "@/tests/support/postgres";
import { openConnection, type DbConnection } from "./connection";

const KEY = 4242;

describe.skipIf(!(await postgresAvailable()))("DbConnection.lead on PostgreSQL", () => {
  let target: TestDatabase;
  let a: DbConnection;
  let b: DbConnection;

  beforeAll(async () => {
    target = await createTestDatabase({ migrate: false });
    [a, b] = [await openConnection({ databaseUrl: target.url }), await openConnection({ databaseUrl: target.url })];
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await target?.drop();
  });

  it("lets one process lead, and another take over within seconds when the leader lets go", { timeout: 20_000 }, async () => {
    let aLeads = false;
    let bLeads = false;
    const releaseA = await a.lead(KEY, (now) => (aLeads = now));
    const releaseB = await b.lead(KEY, (now) => (bLeads = now));
    expect([aLeads, bLeads]).toEqual([true, false]);
    await releaseA();
    await expect.poll(() => bLeads, { timeout: 8_000 }).toBe(true);
    await releaseB();
  });
});

describe("DbConnection.lead on PGlite", () => {
  it("always leads: there is one process", async () => {
    const connection = await openConnection({ inMemory: true });
    try {
      let leads = false;
      const release = await connection.lead(KEY, (now) => (leads = now));
      expect(leads).toBe(true);
      await release();
    } finally {
      await connection.close();
    }
  });
});
