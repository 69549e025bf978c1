import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { readWxr } from "./wxr-reader";

const MB = 1024 * 1024;
const ITEMS = 12_000;

/** The engine's collector, so retained memory is measured rather than garbage not yet collected. */
function exposedGc(): (() => void) | undefined {
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("typeof gc === 'function' ? gc : undefined");
  return typeof gc === "function" ? (gc as () => void) : undefined;
}

const HEADER = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Большой экспорт</title><wp:wxr_version>1.2</wp:wxr_version>
`;

const PARAGRAPH = `<p>Абзац новости о городе: дороги, школы, транспорт и погода. Paragraph of city news, roads &amp; schools.</p>\n`;

function itemXml(index: number): string {
  return `<item><title>Новость ${index}</title><dc:creator>ivan</dc:creator><wp:post_id>${index}</wp:post_id><wp:status>publish</wp:status>
<content:encoded><![CDATA[${PARAGRAPH.repeat(12)}<p>Конец ${index}</p>]]></content:encoded>
<wp:comment><wp:comment_id>${index}</wp:comment_id><wp:comment_content>Комментарий ${index}</wp:comment_content></wp:comment>
</item>
`;
}

/** An export generated as it is read, never whole in memory; `bytes` counts what has been produced. */
function generatedExport() {
  const produced = { bytes: 0 };
  const encoded = (text: string) => {
    const bytes = Buffer.from(text, "utf8");
    produced.bytes += bytes.length;
    return bytes;
  };
  function* chunks() {
    yield encoded(HEADER);
    for (let index = 1; index <= ITEMS; index += 1) yield encoded(itemXml(index));
    yield encoded("</channel></rss>\n");
  }
  return { stream: Readable.from(chunks()), produced };
}

describe("readWxr: streaming", () => {
  it("reads an export many times larger than the memory it keeps", { timeout: 30_000 }, async () => {
    const gc = exposedGc();
    gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    const { stream, produced } = generatedExport();

    let items = 0;
    let postIdSum = 0;
    let lastTitle = "";
    for await (const record of readWxr(stream)) {
      if (record.kind !== "item") continue;
      items += 1;
      postIdSum += record.postId;
      lastTitle = record.title;
      expect(record.content.endsWith(`<p>Конец ${record.postId}</p>`)).toBe(true);
      expect(record.comments[0]?.content).toBe(`Комментарий ${record.postId}`);
      if (items % 1000 === 0) {
        gc?.();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      }
    }

    expect(items).toBe(ITEMS);
    expect(postIdSum).toBe((ITEMS * (ITEMS + 1)) / 2);
    expect(lastTitle).toBe(`Новость ${ITEMS}`);
    expect(produced.bytes).toBeGreaterThan(20 * MB);
    // Holding the export would take at least its size; reading it keeps one chunk and one item.
    expect(peak).toBeLessThan(gc ? 8 * MB : 50 * MB);
  });

  it("pulls the input only as records are taken, and stops it when the reader is left", async () => {
    const { stream, produced } = generatedExport();
    for await (const record of readWxr(stream)) {
      if (record.kind === "item") {
        expect(record.postId).toBe(1);
        break;
      }
    }
    expect(produced.bytes).toBeLessThan(1 * MB);
    expect(stream.destroyed).toBe(true);
  });
});
