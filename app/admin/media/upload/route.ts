import { adminRoute } from "@/lib/admin/action";
import { MAX_UPLOAD_BYTES, storeUpload } from "@/lib/admin/media";

export const POST = adminRoute("media.upload", async (_staff, request: Request) => {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) {
    return Response.json({ error: "Файл больше 10 МБ." }, { status: 413 });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) return Response.json({ error: "Выберите файл." }, { status: 400 });
  const alt = form?.get("alt");
  const result = await storeUpload(new Uint8Array(await file.arrayBuffer()), file.name, typeof alt === "string" ? alt.slice(0, 300) : "");
  if (!result.ok) return Response.json({ error: result.message }, { status: 422 });
  return Response.json(result.media, { status: 201 });
});
