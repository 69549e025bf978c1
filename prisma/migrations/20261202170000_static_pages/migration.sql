-- Static pages («О редакции», «Контакты»…): /<slug>, or /<parent>/<child> under a top-level page.
CREATE TYPE "PageStatus" AS ENUM ('DRAFT', 'PUBLISHED');

CREATE TABLE "Page" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "status" "PageStatus" NOT NULL DEFAULT 'DRAFT',
    "parentId" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "wpPostId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Page_slug_key" ON "Page"("slug");
CREATE UNIQUE INDEX "Page_wpPostId_key" ON "Page"("wpPostId");
CREATE INDEX "Page_parentId_status_position_idx" ON "Page"("parentId", "status", "position");
ALTER TABLE "Page" ADD CONSTRAINT "Page_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Page"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Few rows, rarely changed, linked from every page's footer: the table is enough.
CREATE TRIGGER "Page_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Page"
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_table_changed();
