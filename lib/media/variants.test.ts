import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { mediaDir, mediaUrl, pickWidth } from "./paths";
import { ImageTooLargeError, writeImageVariants } from "./variants";

const dataDir = await mkdtemp(path.join(os.tmpdir(), "vestnik-media-"));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const svg = (w: number, h: number) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#1f6f8b"/></svg>`);

describe("writeImageVariants", () => {
  it("refuses a decompression bomb before decoding it: a 16,000² PNG of a few hundred KB", async () => {
    const bomb = await sharp({ create: { width: 16_000, height: 16_000, channels: 3, background: "#fff" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.byteLength).toBeLessThan(2_000_000);
    await expect(writeImageVariants("bomb", bomb, [320], { dataDir })).rejects.toBeInstanceOf(ImageTooLargeError);
    await expect(readdir(mediaDir("bomb", dataDir))).rejects.toMatchObject({ code: "ENOENT" });
  }, 30_000); // making the bomb is the slow part

  it("writes one WebP per width not larger than the source", async () => {
    const stored = await writeImageVariants("test-cover", svg(1200, 675), [480, 960, 1600], { dataDir });
    expect(stored).toEqual({ width: 1200, height: 675, widths: [480, 960] });
    expect((await readdir(mediaDir("test-cover", dataDir))).sort()).toEqual(["480.webp", "960.webp"]);
    const meta = await sharp(path.join(mediaDir("test-cover", dataDir), "480.webp")).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 480, 270]);
  });

  it("stores the source width when every wanted width is larger", async () => {
    expect(await writeImageVariants("small", svg(300, 200), [480, 960], { dataDir })).toEqual({ width: 300, height: 200, widths: [300] });
  });

  it("replaces an earlier set completely", async () => {
    await writeImageVariants("replaced", svg(1000, 500), [200, 400], { dataDir });
    await writeImageVariants("replaced", svg(1000, 500), [600], { dataDir });
    expect(await readdir(mediaDir("replaced", dataDir))).toEqual(["600.webp"]);
  });

  it("rejects keys that are not a single safe path segment", async () => {
    await expect(writeImageVariants("../evil", svg(10, 10), [10], { dataDir })).rejects.toThrow(/Invalid media key/);
    expect(() => mediaUrl("a/b", 10)).toThrow();
  });
});

describe("pickWidth", () => {
  it("picks the smallest stored width that covers the wanted one", () => {
    expect(pickWidth([480, 960], 600)).toBe(960);
    expect(pickWidth([480, 960], 300)).toBe(480);
    expect(pickWidth([480, 960], 2000)).toBe(960);
    expect(mediaUrl("cover-1", 480)).toBe("/media/cover-1/480.webp");
  });
});
