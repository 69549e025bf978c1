-- Static pages in search: the same Russian full-text document as an article's, kept by a
-- trigger (Prisma cannot express generated columns): the title weighs over the body, whose
-- markup is dropped before stemming. Hand-written, like Article's "searchVector".
ALTER TABLE "Page" ADD COLUMN "searchVector" tsvector;

CREATE FUNCTION vestnik_page_search_vector(title text, body_html text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('russian'::regconfig, title), 'A') ||
         setweight(to_tsvector('russian'::regconfig, regexp_replace(body_html, '<[^>]*>', ' ', 'g')), 'C')
$$;

CREATE FUNCTION vestnik_page_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := vestnik_page_search_vector(NEW."title", NEW."bodyHtml");
  RETURN NEW;
END
$$;

CREATE TRIGGER "Page_searchVector"
  BEFORE INSERT OR UPDATE OF "title", "bodyHtml" ON "Page"
  FOR EACH ROW EXECUTE FUNCTION vestnik_page_search_vector_trigger();

UPDATE "Page" SET "searchVector" = vestnik_page_search_vector("title", "bodyHtml");

-- CreateIndex
CREATE INDEX "Page_searchVector_idx" ON "Page" USING GIN ("searchVector");
