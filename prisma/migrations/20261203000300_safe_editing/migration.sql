-- Safe editing: the trash («Корзина»), autosaves, edit locks and a save counter for conflicts.
ALTER TABLE "Article" ADD COLUMN "deletedAt" TIMESTAMP(3),
  ADD COLUMN "trashedStatus" "ArticleStatus",
  ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "Article_deletedAt_idx" ON "Article"("deletedAt");

ALTER TABLE "Page" ADD COLUMN "deletedAt" TIMESTAMP(3),
  ADD COLUMN "trashedStatus" "PageStatus";

ALTER TABLE "ArticleRevision" ADD COLUMN "autosave" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "ArticleRevision_articleId_userId_autosave_idx" ON "ArticleRevision"("articleId", "userId", "autosave");

CREATE TABLE "ArticleLock" (
    "articleId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "heartbeatAt" TIMESTAMP(3) NOT NULL,
    "takenFromId" INTEGER,

    CONSTRAINT "ArticleLock_pkey" PRIMARY KEY ("articleId")
);
ALTER TABLE "ArticleLock" ADD CONSTRAINT "ArticleLock_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticleLock" ADD CONSTRAINT "ArticleLock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
