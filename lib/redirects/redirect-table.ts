import type { PrismaClient } from "@/lib/generated/prisma/client";
import { redirectKey } from "./normalize";
import { oldAddressTarget, type AddressBook } from "./old-address-rules";

export type RedirectTable = {
  /** Where an old address now lives, or null. */
  lookup(url: string): string | null;
  /** Reads the table again (after a change notification). */
  reload(): Promise<void>;
  readonly size: number;
};

/**
 * Old addresses, held in memory and answered without touching the database: a lookup runs
 * before the page cache for every reader request. The table's rows (the importer's and the
 * newsroom's «Перенаправления») come first, then WordPress's address patterns
 * (old-address-rules.ts), which need the categories' slugs. The server reloads both when the
 * table or the site changes.
 */
export function redirectTable(prisma: Pick<PrismaClient, "redirect" | "category">): RedirectTable {
  let targets = new Map<string, string>();
  let categories: ReadonlySet<string> = new Set<string>();
  const book: AddressBook = {
    target: (key) => targets.get(key),
    get categories() {
      return categories;
    },
  };
  return {
    lookup(url) {
      const key = redirectKey(url);
      const target = key === null ? undefined : targets.get(key);
      if (target !== undefined && target !== key) return target;
      return oldAddressTarget(url, book);
    },
    async reload() {
      const [rows, slugs] = await Promise.all([
        prisma.redirect.findMany({ select: { from: true, to: true } }),
        prisma.category.findMany({ select: { slug: true } }),
      ]);
      targets = new Map(rows.map((r) => [r.from, r.to]));
      categories = new Set(slugs.map((c) => c.slug));
    },
    get size() {
      return targets.size;
    },
  };
}
