import { adminRoute } from "@/lib/actions/admin-action";
import { autosaveArticle } from "@/lib/articles/autosave";

/**
 * The editor's autosave, also sent with `keepalive` as the page is left (a server action would
 * not outlive the page). Keeps the form as the user's autosave revision; a never-saved article
 * is created as a draft (readers see no drafts, so no cache is touched).
 */
export const POST = adminRoute("articles.write", async (staff, request: Request) => {
  const form = await request.formData().catch(() => null);
  if (!form) return Response.json({ ok: false, message: "Неверный запрос." }, { status: 400 });
  const result = await autosaveArticle(staff, form);
  return Response.json(
    result.ok ? { ok: true, id: result.id, version: result.version, created: result.created, savedAt: result.savedAt.toISOString() } : result,
    {
      status: result.ok ? 200 : 422,
      headers: { "Cache-Control": "private, no-store" },
    },
  );
});
