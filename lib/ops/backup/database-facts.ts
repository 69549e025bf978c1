/** Runs one SQL statement and returns its rows: over pg or PGlite alike. */
export type Query = <T>(sql: string) => Promise<T[]>;

const COUNTED = { articles: "Article", comments: "Comment", media: "Media", pages: "Page", users: "User", categories: "Category", tags: "Tag" } as const;

/** Rows of the main tables, for the manifest and to compare after a restore. */
export async function contentCounts(query: Query): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(COUNTED)) {
    const [row] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

export async function appliedMigrations(query: Query): Promise<string[]> {
  const rows = await query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/** Whether any table of the public schema (the migration history aside) holds a row. */
export async function holdsData(query: Query): Promise<boolean> {
  const tables = await query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  for (const { name } of tables) {
    const [row] = await query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${name.replaceAll('"', '""')}") AS any`);
    if (row?.any) return true;
  }
  return false;
}
