/**
 * `node [--expose-gc] --import tsx lib/wordpress/testing/import-child.ts <export.xml> <postgresql://…>`:
 * the text import of one export in a process of its own, for the memory test. Prints as JSON the
 * report's counts and the process's peak resident memory; with --expose-gc, also the live heap
 * (after a full collection) every 100 items read, flat when the export is read as it goes. The
 * collections lower the peak, so the two are measured in separate runs.
 */
import { createReadStream } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { importWordPress } from "@/lib/wordpress/import/import-wordpress";

const [file, url] = process.argv.slice(2);
if (!file || !url) throw new Error("usage: import-child.ts <export.xml> <postgresql://…>");
const prisma = new PrismaClient({ adapter: new PrismaPg(new pg.Pool(pgConfigFromUrl(url))) });
try {
  const collect = (globalThis as { gc?: () => void }).gc;
  const liveHeap: number[] = [];
  const report = await importWordPress(prisma, createReadStream(file), {
    media: false,
    onProgress: ({ items }) => {
      if (collect && items % 100 === 0) {
        collect();
        liveHeap.push(process.memoryUsage().heapUsed);
      }
    },
  });
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ posts: report.posts.imported, comments: report.comments.imported, peakRss, liveHeap }));
} finally {
  await prisma.$disconnect();
}
