import { z } from "zod";
import { adminRoute } from "@/lib/actions/admin-action";
import { browseMedia } from "@/lib/media/library";

const params = z.object({
  page: z.coerce.number().int().positive().max(10_000).catch(1),
  q: z.string().max(200).catch(""),
});

/** The library as JSON for the editor's image picker. */
export const GET = adminRoute("media.upload", async (_staff, request: Request) => {
  const url = new URL(request.url);
  const { page, q } = params.parse({ page: url.searchParams.get("page") ?? undefined, q: url.searchParams.get("q") ?? "" });
  return Response.json(await browseMedia(page, q), { headers: { "Cache-Control": "private, no-store" } });
});
