-- Several categories per article: ArticleCategory holds every category an article is in, and
-- Article.categoryId stays the primary one (label, breadcrumbs, URL), always among them.

CREATE TABLE "ArticleCategory" (
    "articleId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,

    CONSTRAINT "ArticleCategory_pkey" PRIMARY KEY ("articleId","categoryId")
);

CREATE INDEX "ArticleCategory_categoryId_articleId_idx" ON "ArticleCategory"("categoryId", "articleId");

ALTER TABLE "ArticleCategory" ADD CONSTRAINT "ArticleCategory_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticleCategory" ADD CONSTRAINT "ArticleCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing article is in its one category.
INSERT INTO "ArticleCategory" ("articleId", "categoryId") SELECT id, "categoryId" FROM "Article";

-- Revisions remember every category; the older ones had only the primary.
ALTER TABLE "ArticleRevision" ADD COLUMN "categoryIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
UPDATE "ArticleRevision" SET "categoryIds" = ARRAY["categoryId"];

-- The primary is always among an article's categories, whoever writes: the app, the importer, a
-- script or psql. A new article gets its primary's row; changing the primary moves the article
-- from the old one to the new one (a writer who wants it kept in the old one too adds it after);
-- deleting the row of a category that is still the article's primary puts it back (so a writer
-- may replace the whole set); and the row being there already, a writer adding it too is not
-- an error but a no-op. A category that is some article's primary cannot be deleted
-- (Article.categoryId restricts it).
CREATE FUNCTION vestnik_add_primary_category() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM "ArticleCategory" ac USING old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o."categoryId" <> n."categoryId" AND ac."articleId" = o.id AND ac."categoryId" = o."categoryId";
  END IF;
  INSERT INTO "ArticleCategory" ("articleId", "categoryId")
  SELECT n.id, n."categoryId" FROM new_rows n
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Article_add_primary_category_insert" AFTER INSERT ON "Article" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_add_primary_category();
CREATE TRIGGER "Article_add_primary_category_update" AFTER UPDATE ON "Article" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_add_primary_category();

CREATE FUNCTION vestnik_keep_primary_category() RETURNS trigger AS $$
BEGIN
  INSERT INTO "ArticleCategory" ("articleId", "categoryId")
  SELECT a.id, a."categoryId" FROM old_rows o JOIN "Article" a ON a.id = o."articleId" AND a."categoryId" = o."categoryId"
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ArticleCategory_keep_primary_delete" AFTER DELETE ON "ArticleCategory" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_keep_primary_category();
CREATE TRIGGER "ArticleCategory_keep_primary_update" AFTER UPDATE ON "ArticleCategory" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_keep_primary_category();

-- A plan cached while the table was small would scan it for every row of a bulk insert: plan each time.
CREATE FUNCTION vestnik_skip_present_category() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "ArticleCategory" WHERE "articleId" = NEW."articleId" AND "categoryId" = NEW."categoryId") THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan;

-- Writers' own inserts only: the triggers above say ON CONFLICT DO NOTHING themselves.
CREATE TRIGGER "ArticleCategory_skip_present" BEFORE INSERT ON "ArticleCategory"
  FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION vestnik_skip_present_category();

-- An article's categories: the feeds of those categories and of their ancestors, and related
-- lists; a published article's membership changes expire the lists (lib/cache/changes.ts).
CREATE FUNCTION vestnik_article_categories_changed() RETURNS trigger AS $$
DECLARE
  ids jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(DISTINCT a.id) INTO ids FROM new_rows r JOIN "Article" a ON a.id = r."articleId" WHERE a.status = 'PUBLISHED';
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(DISTINCT a.id) INTO ids FROM old_rows r JOIN "Article" a ON a.id = r."articleId" WHERE a.status = 'PUBLISHED';
  ELSE
    SELECT jsonb_agg(DISTINCT a.id) INTO ids FROM (SELECT "articleId" FROM old_rows UNION SELECT "articleId" FROM new_rows) r
      JOIN "Article" a ON a.id = r."articleId" WHERE a.status = 'PUBLISHED';
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM vestnik_notify(jsonb_build_object('t', 'ArticleCategory', 'ids', ids, 'lists', true));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ArticleCategory_notify_insert" AFTER INSERT ON "ArticleCategory" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_article_categories_changed();
CREATE TRIGGER "ArticleCategory_notify_update" AFTER UPDATE ON "ArticleCategory" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_article_categories_changed();
CREATE TRIGGER "ArticleCategory_notify_delete" AFTER DELETE ON "ArticleCategory" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_article_categories_changed();
