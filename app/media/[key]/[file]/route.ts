import { isValidMediaKey, jpegVariant, variantObjectKey } from "@/lib/media";
import { IMMUTABLE, mediaStorage } from "@/lib/media/storage";

const FILE = /^([1-9][0-9]{1,4})\.(webp|jpg)$/;

/**
 * Serves stored image variants (<key>/<width>.webp from DATA_DIR/media or the S3 bucket),
 * immutable once written, and the same width as .jpg for social previews and feeds, made on
 * first request.
 */
export async function GET(request: Request, { params }: { params: Promise<{ key: string; file: string }> }) {
  const { key, file } = await params;
  const match = FILE.exec(file);
  if (!match || !isValidMediaKey(key)) return notFound();
  const width = Number(match[1]);
  const jpeg = match[2] === "jpg";
  try {
    const storage = mediaStorage();
    const stored = await storage.get(variantObjectKey(key, width, jpeg ? "jpg" : "webp"));
    const body = stored?.body ?? (jpeg ? await jpegVariant(key, width, { storage }) : null);
    if (!body) return notFound();
    const etag = stored?.etag ?? `"${body.byteLength.toString(16)}"`;
    const headers = { "Cache-Control": IMMUTABLE, ETag: etag };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(body), {
      headers: { ...headers, "Content-Type": jpeg ? "image/jpeg" : "image/webp", "Content-Length": String(body.byteLength) },
    });
  } catch {
    return notFound();
  }
}

function notFound() {
  return Response.json({ error: "Изображение не найдено" }, { status: 404 });
}
