-- Trigram matching for the search fallback (PGlite registers the extension in lib/db/pglite.ts)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "breakingUntil" TIMESTAMP(3);

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector;

-- The full-text search document, kept by a trigger (Prisma cannot express generated columns):
-- title weighs over lead over body; the body's markup is dropped before stemming.
CREATE FUNCTION vestnik_article_search_vector(title text, lead text, body_html text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('russian'::regconfig, title), 'A') ||
         setweight(to_tsvector('russian'::regconfig, lead), 'B') ||
         setweight(to_tsvector('russian'::regconfig, regexp_replace(body_html, '<[^>]*>', ' ', 'g')), 'C')
$$;

CREATE FUNCTION vestnik_article_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := vestnik_article_search_vector(NEW."title", NEW."lead", NEW."bodyHtml");
  RETURN NEW;
END
$$;

CREATE TRIGGER "Article_searchVector"
  BEFORE INSERT OR UPDATE OF "title", "lead", "bodyHtml" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION vestnik_article_search_vector_trigger();

UPDATE "Article" SET "searchVector" = vestnik_article_search_vector("title", "lead", "bodyHtml");

-- CreateTable
CREATE TABLE "ArticleDailyViews" (
    "articleId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleDailyViews_pkey" PRIMARY KEY ("articleId","day")
);

-- CreateIndex
CREATE INDEX "ArticleDailyViews_day_articleId_idx" ON "ArticleDailyViews"("day", "articleId");

-- CreateIndex
CREATE INDEX "Article_breakingUntil_idx" ON "Article"("breakingUntil");

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ArticleDailyViews" ADD CONSTRAINT "ArticleDailyViews_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
