import { readFile } from "node:fs/promises";
import { isValidMediaKey, mediaFile } from "@/lib/media";

const FILE = /^([1-9][0-9]{1,4})\.webp$/;

/** Serves stored image variants: <DATA_DIR>/media/<key>/<width>.webp, immutable once written. */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string; file: string }> }) {
  const { key, file } = await params;
  const width = FILE.exec(file)?.[1];
  if (!width || !isValidMediaKey(key)) return notFound();
  try {
    const body = await readFile(mediaFile(key, Number(width)));
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": "image/webp",
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
