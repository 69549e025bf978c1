-- Title and lead alone: small enough to stay in the row, so ranking thousands of matches does
-- not read every matching body's document from TOAST storage. Hand-written, like searchVector.
ALTER TABLE "Article" ADD COLUMN "searchHead" tsvector;

CREATE FUNCTION vestnik_article_search_head(title text, lead text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('russian'::regconfig, title), 'A') ||
         setweight(to_tsvector('russian'::regconfig, lead), 'B')
$$;

CREATE OR REPLACE FUNCTION vestnik_article_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := vestnik_article_search_vector(NEW."title", NEW."lead", NEW."bodyHtml");
  NEW."searchHead" := vestnik_article_search_head(NEW."title", NEW."lead");
  RETURN NEW;
END
$$;

UPDATE "Article" SET "searchHead" = vestnik_article_search_head("title", "lead");

-- CreateIndex
CREATE INDEX "Article_searchHead_idx" ON "Article" USING GIN ("searchHead");
