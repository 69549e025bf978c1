import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { encodeIco, generateIconSet, ICO_SIZES, PNG_ICONS } from "./icons";
import { shortName, webManifest } from "./manifest";

/** The ICO directory as Windows and browsers read it: a 6-byte header and a 16-byte entry per image. */
function readIco(ico: Buffer) {
  const count = ico.readUInt16LE(4);
  const entries = Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const size = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    return {
      width: ico.readUInt8(at) || 256,
      height: ico.readUInt8(at + 1) || 256,
      bits: ico.readUInt16LE(at + 6),
      end: offset + size,
      data: ico.subarray(offset, offset + size),
    };
  });
  return { reserved: ico.readUInt16LE(0), type: ico.readUInt16LE(2), entries };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A 600×600 source: red on the left half, transparent on the right. */
async function source(): Promise<Buffer> {
  const half = await sharp({ create: { width: 300, height: 600, channels: 4, background: { r: 220, g: 20, b: 20, alpha: 1 } } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 600, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: half, left: 0, top: 0 }])
    .png()
    .toBuffer();
}

describe("icon generation", () => {
  it("writes favicon.ico as an icon directory of 16, 32 and 48 px PNGs", async () => {
    const icons = await generateIconSet(await source());
    const ico = readIco(icons["favicon.ico"]);
    expect([ico.reserved, ico.type]).toEqual([0, 1]);
    expect(ico.entries.map((e) => [e.width, e.height, e.bits])).toEqual(ICO_SIZES.map((s) => [s, s, 32]));
    for (const entry of ico.entries) {
      expect(entry.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      const meta = await sharp(entry.data).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["png", entry.width, entry.height]);
    }
    expect(ico.entries.at(-1)!.end).toBe(icons["favicon.ico"].byteLength);
  });

  it("makes the PNG icons at their sizes, Apple's without transparency", async () => {
    const icons = await generateIconSet(await source());
    for (const [file, size] of Object.entries(PNG_ICONS)) {
      const meta = await sharp(icons[file as keyof typeof PNG_ICONS]).metadata();
      expect([file, meta.format, meta.width, meta.height]).toEqual([file, "png", size, size]);
    }
    const corner = async (png: Buffer) => {
      const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const at = (info.width - 1) * info.channels;
      return [...data.subarray(at, at + 4)];
    };
    expect(await corner(icons["icon-192.png"])).toEqual([0, 0, 0, 0]);
    expect(await corner(icons["apple-touch-icon.png"])).toEqual([255, 255, 255, 255]);
  });

  it("marks a 256 px image as 0 in the directory, as the format wants", () => {
    const png = Buffer.from("x");
    const entry = readIco(encodeIco([{ size: 256, png }])).entries[0]!;
    expect([entry.width, entry.height, entry.data.toString()]).toEqual([256, 256, "x"]);
  });
});

describe("web manifest", () => {
  it("names the outlet and links both icons with the branding's version", () => {
    const manifest = webManifest({ name: "Вестник Региона", description: "Новости", version: "abc123" });
    expect(manifest).toMatchObject({ name: "Вестник Региона", short_name: "Вестник", lang: "ru", start_url: "/", display: "standalone" });
    expect(manifest.icons).toEqual([
      { src: "/icon-192.png?v=abc123", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png?v=abc123", sizes: "512x512", type: "image/png", purpose: "any" },
    ]);
    expect(shortName("Курсив")).toBe("Курсив");
  });
});
