import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { jpegVariant, jpegVariantBytes } from "./jpeg";
import { mediaDir } from "./paths";
import { writeImageVariants } from "./variants";

const dataDir = await mkdtemp(path.join(os.tmpdir(), "vestnik-jpeg-"));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** A half-transparent picture: JPEG has no alpha, so the transparent half must come out white. */
const source = () =>
  sharp({ create: { width: 800, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: { create: { width: 400, height: 400, channels: 4, background: { r: 20, g: 90, b: 200, alpha: 1 } } }, left: 0, top: 0 }])
    .png()
    .toBuffer();

describe("JPEG variants", () => {
  it("makes a stored width as JPEG on first request, transparency on white, and keeps it beside the WebP", async () => {
    await writeImageVariants("jpeg-test", await source(), [400, 800], { dataDir });
    const jpeg = (await jpegVariant("jpeg-test", 400, { dataDir }))!;
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(["jpeg", 400, 200, false]);
    const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number) => [...data.subarray((100 * info.width + x) * 3, (100 * info.width + x) * 3 + 3)];
    expect(pixel(390).every((c) => c > 245)).toBe(true);
    expect(pixel(10)[2]).toBeGreaterThan(180);
    expect((await readdir(mediaDir("jpeg-test", dataDir))).sort()).toEqual(["400.jpg", "400.webp", "800.webp"]);
    expect(await jpegVariantBytes("jpeg-test", 400, { dataDir })).toBe(jpeg.byteLength);
    expect((await jpegVariant("jpeg-test", 400, { dataDir }))!.equals(jpeg)).toBe(true);
  });

  it("answers null for a width that is not stored, writing nothing", async () => {
    expect(await jpegVariant("jpeg-test", 1200, { dataDir })).toBeNull();
    expect(await jpegVariantBytes("no-such-image", 400, { dataDir })).toBeNull();
    expect(await readdir(mediaDir("jpeg-test", dataDir))).not.toContain("1200.jpg");
  });
});
