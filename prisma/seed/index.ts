import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateSeedData } from "./generate";
import { AUTHORS } from "./content/catalog";
import { deleteContent, hasContent, insertSeedRows } from "./write-database";
import { writeSeedImages } from "./write-images";

export { generateSeedData, type SeedData, type SeedArticle } from "./generate";

export type SeedProgress = {
  /** What is being done now, in Russian, for a progress line. */
  step: string;
  /** Work units done out of total (weighted, not a count of rows). */
  done: number;
  total: number;
};

export type SeedOptions = {
  /** Where media files go: <dataDir>/media/<key>/<width>.webp. */
  dataDir: string;
  onProgress?: (progress: SeedProgress) => void;
  /** Delete existing content first (in the same transaction as the insert). */
  reset?: boolean;
  /** Defaults to the current time; dates are placed relative to it. */
  now?: Date;
};

export type SeedResult = { seeded: boolean; articles: number };

/**
 * Loads the demo content into an empty database. Idempotent: when categories or articles
 * already exist (and `reset` is not set) it changes nothing and returns seeded: false.
 * Images are written first; the rows go in one transaction, so a failure leaves no rows behind
 * (at worst a few unreferenced files, which the next run overwrites).
 */
export async function seedDatabase(prisma: PrismaClient, options: SeedOptions): Promise<SeedResult> {
  if (!options.reset && (await hasContent(prisma))) {
    return { seeded: false, articles: await prisma.article.count() };
  }

  const data = generateSeedData({ now: options.now ?? new Date() });
  const images = data.media;
  // An image takes about as long to render as five articles take to insert.
  const IMAGE_WEIGHT = 5;
  const total = images.length * IMAGE_WEIGHT + data.articles.length;
  let done = 0;
  const report = (step: string) => options.onProgress?.({ step, done, total });

  report("Изображения");
  await writeSeedImages(images, options.dataDir, () => {
    done += IMAGE_WEIGHT;
    report("Изображения");
  });

  report("Статьи");
  const articles = await prisma.$transaction(
    async (tx) => {
      if (options.reset)
        await deleteContent(
          tx,
          AUTHORS.map((a) => a.email),
        );
      // Checked again inside the transaction: another process may have seeded meanwhile.
      else if (await hasContent(tx)) return null;
      return insertSeedRows(tx, data, (inserted) => {
        done = images.length * IMAGE_WEIGHT + inserted;
        report("Статьи");
      });
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
  if (articles === null) return { seeded: false, articles: await prisma.article.count() };
  return { seeded: true, articles };
}
