import sharp from "sharp";

/** The smallest side an uploaded icon may have: the largest icon made from it is 512 px. */
export const ICON_SOURCE_MIN = 512;

/** Sizes inside favicon.ico: tabs (16), taskbars and high-density tabs (32), Windows' site tiles (48). */
export const ICO_SIZES = [16, 32, 48] as const;

/** The PNG icons and their sizes: a tab icon, Apple's home-screen icon, and the web manifest's two. */
export const PNG_ICONS = { "icon-32.png": 32, "apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512 } as const;

export type PngIconFile = keyof typeof PNG_ICONS;
export type IconFile = "favicon.ico" | PngIconFile;
export type IconSet = Record<IconFile, Buffer>;

export const ICON_FILES: readonly IconFile[] = ["favicon.ico", ...(Object.keys(PNG_ICONS) as PngIconFile[])];

/**
 * A square PNG of `source`, cropped to the centre if it is not quite square. Apple's icon gets
 * a white background: iOS fills transparency with black.
 */
export async function squarePng(source: Buffer | Uint8Array, size: number, options: { opaque?: boolean } = {}): Promise<Buffer> {
  let image = sharp(source, { failOn: "error" }).resize(size, size, { fit: "cover", position: "centre" });
  if (options.opaque) image = image.flatten({ background: "#ffffff" });
  return image.png({ compressionLevel: 9 }).toBuffer();
}

/**
 * An ICO file holding PNG images (allowed since Windows Vista, read by every current browser):
 * a 6-byte header, a 16-byte entry per image, then the images.
 */
export function encodeIco(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.byteLength;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.byteLength, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.byteLength;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** Every icon the site serves, made from one square image (any format sharp reads). */
export async function generateIconSet(source: Buffer | Uint8Array): Promise<IconSet> {
  const ico = encodeIco(await Promise.all(ICO_SIZES.map(async (size) => ({ size, png: await squarePng(source, size) }))));
  const pngs = await Promise.all(
    (Object.entries(PNG_ICONS) as [PngIconFile, number][]).map(
      async ([file, size]) => [file, await squarePng(source, size, { opaque: file === "apple-touch-icon.png" })] as const,
    ),
  );
  return { "favicon.ico": ico, ...(Object.fromEntries(pngs) as Record<PngIconFile, Buffer>) };
}
