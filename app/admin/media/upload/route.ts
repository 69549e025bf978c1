import { adminRoute } from "@/lib/actions/admin-action";
import { MAX_UPLOAD_BYTES, storeUpload } from "@/lib/media/library";
import { readBodyWithin, withUploadSlot } from "@/lib/media/upload-body";

/** The form's other fields and multipart framing around a 10 MB file. */
const ENVELOPE_BYTES = 64 * 1024;

export const POST = adminRoute("media.upload", async (staff, request: Request) => {
  const answer = await withUploadSlot(staff.id, async () => {
    const body = await readBodyWithin(request, MAX_UPLOAD_BYTES + ENVELOPE_BYTES);
    if (!body) return Response.json({ error: "Файл больше 10 МБ." }, { status: 413 });
    const form = await new Response(body as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) return Response.json({ error: "Выберите файл." }, { status: 400 });
    const alt = form?.get("alt");
    const result = await storeUpload(new Uint8Array(await file.arrayBuffer()), file.name, typeof alt === "string" ? alt.slice(0, 300) : "");
    if (!result.ok) return Response.json({ error: result.message }, { status: 422 });
    return Response.json(result.media, { status: 201 });
  });
  return answer ?? Response.json({ error: "Дождитесь окончания предыдущих загрузок." }, { status: 429 });
});
