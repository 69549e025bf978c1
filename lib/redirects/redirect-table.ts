import type { PrismaClient } from "@/lib/generated/prisma/client";
import { redirectKey } from "./normalize";

export type RedirectTable = {
  /** Where an old address now lives, or null. */
  lookup(url: string): string | null;
  /** Reads the table again (after a change notification). */
  reload(): Promise<void>;
  readonly size: number;
};

/**
 * Old addresses, held in memory and answered without touching the database: a lookup runs
 * before the page cache for every reader request. The server reloads it when the table changes.
 */
export function redirectTable(prisma: Pick<PrismaClient, "redirect">): RedirectTable {
  let targets = new Map<string, string>();
  return {
    lookup(url) {
      if (targets.size === 0) return null;
      const key = redirectKey(url);
      const target = key === null ? undefined : targets.get(key);
      return target !== undefined && target !== key ? target : null;
    },
    async reload() {
      const rows = await prisma.redirect.findMany({ select: { from: true, to: true } });
      targets = new Map(rows.map((r) => [r.from, r.to]));
    },
    get size() {
      return targets.size;
    },
  };
}
