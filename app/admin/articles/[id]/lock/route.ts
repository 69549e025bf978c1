import { adminRoute } from "@/lib/actions/admin-action";
import { articleForLock, heartbeatLock, releaseLock } from "@/lib/articles/edit-lock";
import { canEditArticle } from "@/lib/articles/permissions";
import { articleIdParam } from "../article-id";

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * The open editor's heartbeat (every ~20 s): takes or keeps the edit lock, or says who holds it.
 * `takeOver=1` takes it from its holder; `release=1` frees it when the editor is left.
 */
export const POST = adminRoute("articles.write", async (staff, request: Request, context: { params: Promise<{ id: string }> }) => {
  const id = articleIdParam((await context.params).id ?? "");
  const article = id ? await articleForLock(id) : null;
  if (!article || article.deletedAt) return Response.json({ error: "Статья не найдена." }, { status: 404, headers: NO_STORE });
  if (!canEditArticle(staff, article)) return Response.json({ error: "У вас нет прав изменять эту статью." }, { status: 403, headers: NO_STORE });
  const form = await request.formData().catch(() => new FormData());
  if (form.get("release") === "1") {
    await releaseLock(staff, article.id);
    return Response.json({ released: true }, { headers: NO_STORE });
  }
  return Response.json(await heartbeatLock(staff, article.id, form.get("takeOver") === "1"), { headers: NO_STORE });
});
