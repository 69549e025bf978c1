/**
 * `tsx scripts/wordpress/generate-export.ts <out.xml> [--posts 20000] [--comments 100000] [--attachment-every 8]`
 * Writes a made-up WordPress export of that size (lib/wordpress/testing/generate-export.ts), to try the importer on.
 */
import { parseArgs } from "node:util";
import { writeGeneratedExport } from "@/lib/wordpress/testing/generate-export";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    posts: { type: "string", default: "20000" },
    comments: { type: "string", default: "100000" },
    "attachment-every": { type: "string", default: "8" },
  },
});
const file = positionals[0];
if (!file) {
  console.error("Укажите файл: tsx scripts/wordpress/generate-export.ts export.xml [--posts N] [--comments M]");
  process.exit(1);
}
const bytes = await writeGeneratedExport(file, {
  posts: Number(values.posts),
  comments: Number(values.comments),
  attachmentEvery: Number(values["attachment-every"]),
});
console.log(`${file}: ${(bytes / 1048576).toFixed(1)} МБ`);
