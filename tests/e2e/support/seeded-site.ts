import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../../../lib/db/open";
import { seedDatabase } from "../../../prisma/seed";
import { createTestDatabase } from "../../support/postgres";
import { readReaderFixtures, type ReaderFixtures } from "./reader-fixtures";

/** A demo site of its own, for a test that starts (and stops) its own servers: a seeded database and data directory. */
export type SeededSite = { url: string; dataDir: string; fixtures: ReaderFixtures; drop(): Promise<void> };

export async function seededSite(name: string): Promise<SeededSite> {
  const target = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(tmpdir(), `vestnik-${name}-`));
  const database = await openDatabase({ databaseUrl: target.url });
  try {
    await seedDatabase(database.prisma, { dataDir });
    const fixtures = await readReaderFixtures(database.prisma);
    return {
      url: target.url,
      dataDir,
      fixtures,
      async drop() {
        await target.drop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } finally {
    await database.close();
  }
}
