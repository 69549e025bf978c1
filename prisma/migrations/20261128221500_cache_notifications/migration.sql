-- Every change to what reader pages show is announced on the "vestnik_cache" channel with
-- the table's name, whoever makes it (the app, a script, another instance, psql): each app
-- process listens and invalidates the cache tags that table feeds (lib/cache/change-listener.ts).
CREATE OR REPLACE FUNCTION vestnik_notify_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('vestnik_cache', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Article_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Article" FOR EACH STATEMENT EXECUTE FUNCTION vestnik_notify_change();
CREATE TRIGGER "ArticleTag_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "ArticleTag" FOR EACH STATEMENT EXECUTE FUNCTION vestnik_notify_change();
CREATE TRIGGER "Tag_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Tag" FOR EACH STATEMENT EXECUTE FUNCTION vestnik_notify_change();
CREATE TRIGGER "Category_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Category" FOR EACH STATEMENT EXECUTE FUNCTION vestnik_notify_change();
CREATE TRIGGER "User_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "User" FOR EACH STATEMENT EXECUTE FUNCTION vestnik_notify_change();
CREATE TRIGGER "Media_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Media" FOR EACH STATEMENT EXECUTE FUNCTION vestnik_notify_change();
CREATE TRIGGER "AdSlot_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "AdSlot" FOR EACH STATEMENT EXECUTE FUNCTION vestnik_notify_change();
