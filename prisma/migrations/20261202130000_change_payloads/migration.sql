-- Change notifications say what changed, not only where: each carries the table and the ids of
-- the rows readers see, and for articles which kind of change it was, so the app invalidates
-- only the pages that show it (lib/cache/changes.ts maps these payloads to cache tags).
-- Payload: {"t": table, "ids": [..], "lists": bool, "summary": [..], "breaking": bool, "all": bool}.
-- A statement touching more rows than fit in a notification says "all" instead.

DROP TRIGGER IF EXISTS "Article_notify_change" ON "Article";
DROP TRIGGER IF EXISTS "ArticleTag_notify_change" ON "ArticleTag";
DROP TRIGGER IF EXISTS "Tag_notify_change" ON "Tag";
DROP TRIGGER IF EXISTS "Category_notify_change" ON "Category";
DROP TRIGGER IF EXISTS "User_notify_change" ON "User";
DROP TRIGGER IF EXISTS "Media_notify_change" ON "Media";
DROP TRIGGER IF EXISTS "AdSlot_notify_change" ON "AdSlot";
DROP TRIGGER IF EXISTS "Comment_notify_insert" ON "Comment";
DROP TRIGGER IF EXISTS "Comment_notify_update" ON "Comment";
DROP TRIGGER IF EXISTS "Comment_notify_delete" ON "Comment";
DROP FUNCTION IF EXISTS vestnik_notify_change();

CREATE FUNCTION vestnik_notify(payload jsonb) RETURNS void AS $$
BEGIN
  IF jsonb_array_length(coalesce(payload->'ids', '[]')) + jsonb_array_length(coalesce(payload->'summary', '[]')) > 300 THEN
    payload := jsonb_build_object('t', payload->'t', 'all', true);
  END IF;
  PERFORM pg_notify('vestnik_cache', payload::text);
END;
$$ LANGUAGE plpgsql;

-- Articles: only rows that are or were published concern readers. "lists" when membership or
-- order of article lists may change; "summary" for ids whose card (title, lead, cover) changed.
CREATE FUNCTION vestnik_article_changed() RETURNS trigger AS $$
DECLARE
  changed jsonb;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT jsonb_build_object(
      't', 'Article',
      'ids', coalesce(jsonb_agg(n.id), '[]'),
      'lists', coalesce(bool_or(o.status IS DISTINCT FROM n.status OR o."publishedAt" IS DISTINCT FROM n."publishedAt"
        OR o."categoryId" <> n."categoryId" OR o."mustRead" <> n."mustRead" OR o.slug <> n.slug OR o."authorId" <> n."authorId"), false),
      'summary', coalesce(jsonb_agg(n.id) FILTER (WHERE o.title <> n.title OR o.lead <> n.lead OR o."coverId" IS DISTINCT FROM n."coverId"
        OR o."coverAlt" <> n."coverAlt" OR o."coverCaption" <> n."coverCaption"), '[]'),
      'breaking', coalesce(bool_or(o."breakingUntil" IS DISTINCT FROM n."breakingUntil"), false)
    ) INTO changed
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o.status = 'PUBLISHED' OR n.status = 'PUBLISHED';
  ELSIF TG_OP = 'INSERT' THEN
    SELECT jsonb_build_object('t', 'Article', 'ids', coalesce(jsonb_agg(n.id), '[]'), 'lists', true,
      'breaking', coalesce(bool_or(n."breakingUntil" IS NOT NULL), false))
    INTO changed FROM new_rows n WHERE n.status = 'PUBLISHED';
  ELSE
    SELECT jsonb_build_object('t', 'Article', 'ids', coalesce(jsonb_agg(o.id), '[]'), 'lists', true,
      'breaking', coalesce(bool_or(o."breakingUntil" IS NOT NULL), false))
    INTO changed FROM old_rows o WHERE o.status = 'PUBLISHED';
  END IF;
  IF jsonb_array_length(changed->'ids') > 0 THEN
    PERFORM vestnik_notify(changed);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Article_notify_insert" AFTER INSERT ON "Article" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_article_changed();
CREATE TRIGGER "Article_notify_update" AFTER UPDATE ON "Article" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_article_changed();
CREATE TRIGGER "Article_notify_delete" AFTER DELETE ON "Article" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_article_changed();

-- An article's tags: its page, its tag archives and related lists.
CREATE FUNCTION vestnik_article_tags_changed() RETURNS trigger AS $$
DECLARE
  ids jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(DISTINCT a.id) INTO ids FROM new_rows r JOIN "Article" a ON a.id = r."articleId" WHERE a.status = 'PUBLISHED';
  ELSE
    SELECT jsonb_agg(DISTINCT a.id) INTO ids FROM old_rows r JOIN "Article" a ON a.id = r."articleId" WHERE a.status = 'PUBLISHED';
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM vestnik_notify(jsonb_build_object('t', 'ArticleTag', 'ids', ids, 'lists', true));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ArticleTag_notify_insert" AFTER INSERT ON "ArticleTag" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_article_tags_changed();
CREATE TRIGGER "ArticleTag_notify_delete" AFTER DELETE ON "ArticleTag" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_article_tags_changed();

-- A cover's description shows on every card and page that uses it.
CREATE FUNCTION vestnik_media_changed() RETURNS trigger AS $$
DECLARE
  ids jsonb;
BEGIN
  SELECT jsonb_agg(DISTINCT a.id) INTO ids FROM new_rows m JOIN "Article" a ON a."coverId" = m.id WHERE a.status = 'PUBLISHED';
  IF ids IS NOT NULL THEN
    PERFORM vestnik_notify(jsonb_build_object('t', 'Media', 'ids', ids));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Media_notify_update" AFTER UPDATE ON "Media" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_media_changed();

-- Approved comments change their article's page only.
CREATE FUNCTION vestnik_comment_changed() RETURNS trigger AS $$
BEGIN
  PERFORM vestnik_notify(jsonb_build_object('t', 'Comment', 'ids', jsonb_build_array(CASE WHEN TG_OP = 'DELETE' THEN OLD."articleId" ELSE NEW."articleId" END)));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Comment_notify_insert" AFTER INSERT ON "Comment" FOR EACH ROW
  WHEN (NEW.status = 'APPROVED') EXECUTE FUNCTION vestnik_comment_changed();
CREATE TRIGGER "Comment_notify_update" AFTER UPDATE ON "Comment" FOR EACH ROW
  WHEN (OLD.status = 'APPROVED' OR NEW.status = 'APPROVED') EXECUTE FUNCTION vestnik_comment_changed();
CREATE TRIGGER "Comment_notify_delete" AFTER DELETE ON "Comment" FOR EACH ROW
  WHEN (OLD.status = 'APPROVED') EXECUTE FUNCTION vestnik_comment_changed();

-- Tables whose rows show on (nearly) every page, and change rarely: the table is enough.
CREATE FUNCTION vestnik_table_changed() RETURNS trigger AS $$
BEGIN
  PERFORM vestnik_notify(jsonb_build_object('t', TG_TABLE_NAME, 'op', TG_OP));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Category_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Category"
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_table_changed();
CREATE TRIGGER "Tag_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Tag"
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_table_changed();
CREATE TRIGGER "User_notify_change" AFTER UPDATE OF name, slug, bio ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_table_changed();
CREATE TRIGGER "AdSlot_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "AdSlot"
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_table_changed();
