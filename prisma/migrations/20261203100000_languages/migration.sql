-- Editions: every article, static page and tag has a language; a category has a name and a
-- slug per language; articles and pages may be linked as translations of an original.
CREATE TYPE "Language" AS ENUM ('ru', 'kk');

ALTER TABLE "Article" ADD COLUMN "language" "Language" NOT NULL DEFAULT 'ru',
  ADD COLUMN "translationOfId" INTEGER;
ALTER TABLE "Article" ADD CONSTRAINT "Article_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE UNIQUE INDEX "Article_translationOfId_key" ON "Article"("translationOfId");
CREATE INDEX "Article_language_status_publishedAt_idx" ON "Article"("language", "status", "publishedAt" DESC);

ALTER TABLE "Page" ADD COLUMN "language" "Language" NOT NULL DEFAULT 'ru',
  ADD COLUMN "translationOfId" INTEGER;
ALTER TABLE "Page" ADD CONSTRAINT "Page_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "Page"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE UNIQUE INDEX "Page_translationOfId_key" ON "Page"("translationOfId");

ALTER TABLE "Tag" ADD COLUMN "language" "Language" NOT NULL DEFAULT 'ru';

ALTER TABLE "Category" ADD COLUMN "kkName" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "kkSlug" TEXT;
CREATE UNIQUE INDEX "Category_kkSlug_key" ON "Category"("kkSlug");
