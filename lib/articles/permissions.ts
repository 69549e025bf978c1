import { can } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/sessions";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

type ArticleRef = { authorId: number; status: ArticleStatus };

/** WordPress's rules: others' articles need an editor; a published one is out of a contributor's hands. */
export function canEditArticle(staff: Staff, article: ArticleRef): boolean {
  if (article.authorId !== staff.id) return can(staff.role, "articles.editOthers");
  if (article.status === "PUBLISHED" || article.status === "SCHEDULED") return can(staff.role, "articles.publishOwn");
  return can(staff.role, "articles.write");
}

export function canPublishArticle(staff: Staff, article: { authorId: number }): boolean {
  return can(staff.role, article.authorId === staff.id ? "articles.publishOwn" : "articles.editOthers");
}
