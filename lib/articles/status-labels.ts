import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Черновик",
  PENDING: "На проверке",
  SCHEDULED: "Запланирована",
  PUBLISHED: "Опубликована",
};

export const ARTICLE_STATUSES = Object.keys(STATUS_LABELS) as ArticleStatus[];
