import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./import-context";

const REDIRECT_BATCH = 1000;

/** Old address → new path, as the Redirect table holds them; a later import's answer replaces an earlier one. */
export async function writeRedirects(tx: Tx, redirects: Map<string, string>): Promise<number> {
  const entries = [...redirects];
  for (let i = 0; i < entries.length; i += REDIRECT_BATCH) {
    const batch = entries.slice(i, i + REDIRECT_BATCH);
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Redirect" ("from", "to", "source")
      SELECT f, t, 'wordpress' FROM unnest(${batch.map(([from]) => from)}::text[], ${batch.map(([, to]) => to)}::text[]) AS r(f, t)
      ON CONFLICT ("from") DO UPDATE SET "to" = EXCLUDED."to"`);
  }
  return entries.length;
}
