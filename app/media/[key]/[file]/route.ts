import { readFile } from "node:fs/promises";
import { isValidMediaKey, jpegVariant, mediaFile } from "@/lib/media";

const FILE = /^([1-9][0-9]{1,4})\.(webp|jpg)$/;

/**
 * Serves stored image variants: <DATA_DIR>/media/<key>/<width>.webp, immutable once written, and
 * the same width as .jpg for social previews and feeds, made on first request.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string; file: string }> }) {
  const { key, file } = await params;
  const match = FILE.exec(file);
  if (!match || !isValidMediaKey(key)) return notFound();
  const width = Number(match[1]);
  const jpeg = match[2] === "jpg";
  try {
    const body = jpeg ? await jpegVariant(key, width) : await readFile(mediaFile(key, width));
    if (!body) return notFound();
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": jpeg ? "image/jpeg" : "image/webp",
        "Content-Length": String(body.byteLength),
        "Cache-Control": "public, max-age=31536000, immutable",
      },
    });
  } catch {
    return notFound();
  }
}

function notFound() {
  return Response.json({ error: "Изображение не найдено" }, { status: 404 });
}
