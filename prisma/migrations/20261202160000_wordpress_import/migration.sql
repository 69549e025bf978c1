-- WordPress import: each imported row remembers its WordPress id (a second run updates instead
-- of duplicating), categories keep their hierarchy, and old links redirect.
ALTER TABLE "User" ADD COLUMN "wpLogin" TEXT;
CREATE UNIQUE INDEX "User_wpLogin_key" ON "User"("wpLogin");

ALTER TABLE "Category" ADD COLUMN "parentId" INTEGER, ADD COLUMN "wpTermId" INTEGER;
CREATE UNIQUE INDEX "Category_wpTermId_key" ON "Category"("wpTermId");
ALTER TABLE "Category" ADD CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Tag" ADD COLUMN "wpTermId" INTEGER;
CREATE UNIQUE INDEX "Tag_wpTermId_key" ON "Tag"("wpTermId");

ALTER TABLE "Media" ADD COLUMN "wpPostId" INTEGER;
CREATE UNIQUE INDEX "Media_wpPostId_key" ON "Media"("wpPostId");

ALTER TABLE "Article" ADD COLUMN "wpPostId" INTEGER;
CREATE UNIQUE INDEX "Article_wpPostId_key" ON "Article"("wpPostId");

ALTER TABLE "Comment" ADD COLUMN "wpCommentId" INTEGER;
CREATE UNIQUE INDEX "Comment_wpCommentId_key" ON "Comment"("wpCommentId");

CREATE TABLE "Redirect" (
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Redirect_pkey" PRIMARY KEY ("from")
);

CREATE TRIGGER "Redirect_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Redirect"
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_table_changed();
