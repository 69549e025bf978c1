-- Per-article SEO and social fields, staff photos and job titles, and co-authors.

ALTER TABLE "User" ADD COLUMN "avatarId" INTEGER,
ADD COLUMN "jobTitle" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Article" ADD COLUMN "seoTitle" TEXT NOT NULL DEFAULT '',
ADD COLUMN "seoDescription" TEXT NOT NULL DEFAULT '',
ADD COLUMN "socialImageId" INTEGER,
ADD COLUMN "noindex" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "canonicalUrl" TEXT NOT NULL DEFAULT '';

CREATE TABLE "ArticleAuthor" (
    "articleId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleAuthor_pkey" PRIMARY KEY ("articleId","userId")
);

CREATE INDEX "ArticleAuthor_userId_articleId_idx" ON "ArticleAuthor"("userId", "articleId");
CREATE INDEX "Article_socialImageId_idx" ON "Article"("socialImageId");

ALTER TABLE "User" ADD CONSTRAINT "User_avatarId_fkey" FOREIGN KEY ("avatarId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Article" ADD CONSTRAINT "Article_socialImageId_fkey" FOREIGN KEY ("socialImageId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ArticleAuthor" ADD CONSTRAINT "ArticleAuthor_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticleAuthor" ADD CONSTRAINT "ArticleAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Change notifications (see change_payloads), added beside the existing triggers rather than
-- redefining them. A photo or job title shows wherever the name does.
CREATE TRIGGER "User_profile_notify_change" AFTER UPDATE OF "avatarId", "jobTitle" ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_table_changed();

-- noindex takes an article in or out of the sitemaps, which are cached as lists.
CREATE FUNCTION vestnik_article_indexing_changed() RETURNS trigger AS $$
DECLARE
  ids jsonb;
BEGIN
  SELECT jsonb_agg(n.id) INTO ids FROM old_rows o JOIN new_rows n ON n.id = o.id
  WHERE o.noindex <> n.noindex AND (o.status = 'PUBLISHED' OR n.status = 'PUBLISHED');
  IF ids IS NOT NULL THEN
    PERFORM vestnik_notify(jsonb_build_object('t', 'Article', 'ids', ids, 'lists', true));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Article_indexing_notify_update" AFTER UPDATE ON "Article" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_article_indexing_changed();

-- Co-authors: the article's byline and the co-authors' archives.
CREATE FUNCTION vestnik_article_authors_changed() RETURNS trigger AS $$
DECLARE
  ids jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(DISTINCT a.id) INTO ids FROM new_rows r JOIN "Article" a ON a.id = r."articleId" WHERE a.status = 'PUBLISHED';
  ELSE
    SELECT jsonb_agg(DISTINCT a.id) INTO ids FROM old_rows r JOIN "Article" a ON a.id = r."articleId" WHERE a.status = 'PUBLISHED';
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM vestnik_notify(jsonb_build_object('t', 'ArticleAuthor', 'ids', ids, 'lists', true));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ArticleAuthor_notify_insert" AFTER INSERT ON "ArticleAuthor" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_article_authors_changed();
CREATE TRIGGER "ArticleAuthor_notify_delete" AFTER DELETE ON "ArticleAuthor" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_article_authors_changed();
