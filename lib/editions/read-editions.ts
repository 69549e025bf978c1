import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LANGUAGES_SETTING_KEY } from "@/lib/cache/tags";
import { parseEditions, type Editions } from "./editions";

/**
 * Uncached, from a given client: the server's edge keeps its own copy (it opens the database
 * itself, without lib/db), the newsroom reads it fresh (lib/i18n/reads.ts).
 */
export async function readEditions(prisma: Pick<PrismaClient, "setting">): Promise<Editions> {
  const row = await prisma.setting.findUnique({ where: { key: LANGUAGES_SETTING_KEY } });
  return parseEditions(row?.value);
}
