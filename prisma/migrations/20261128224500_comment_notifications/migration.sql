-- Comments change reader pages only when an approved one appears, changes or goes away:
-- held and spam comments must not flush every cache (see cache_notifications).
CREATE TRIGGER "Comment_notify_insert" AFTER INSERT ON "Comment" FOR EACH ROW
  WHEN (NEW.status = 'APPROVED') EXECUTE FUNCTION vestnik_notify_change();
CREATE TRIGGER "Comment_notify_update" AFTER UPDATE ON "Comment" FOR EACH ROW
  WHEN (OLD.status = 'APPROVED' OR NEW.status = 'APPROVED') EXECUTE FUNCTION vestnik_notify_change();
CREATE TRIGGER "Comment_notify_delete" AFTER DELETE ON "Comment" FOR EACH ROW
  WHEN (OLD.status = 'APPROVED') EXECUTE FUNCTION vestnik_notify_change();
