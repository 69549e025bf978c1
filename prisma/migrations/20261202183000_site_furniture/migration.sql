-- Site furniture: menus edited in the newsroom («Меню»), and change notifications for them and for settings (the branding).
-- CreateEnum
CREATE TYPE "MenuLocation" AS ENUM ('HEADER', 'FOOTER_1', 'FOOTER_2');

-- CreateEnum
CREATE TYPE "MenuItemKind" AS ENUM ('CATEGORY', 'PAGE', 'URL');

-- CreateTable
CREATE TABLE "Menu" (
    "id" SERIAL NOT NULL,
    "location" "MenuLocation" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Menu_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MenuItem" (
    "id" SERIAL NOT NULL,
    "menuId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "kind" "MenuItemKind" NOT NULL,
    "categoryId" INTEGER,
    "pageId" INTEGER,
    "url" TEXT,
    "label" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "MenuItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Menu_location_key" ON "Menu"("location");

-- CreateIndex
CREATE INDEX "MenuItem_menuId_parentId_position_idx" ON "MenuItem"("menuId", "parentId", "position");

-- CreateIndex
CREATE INDEX "MenuItem_categoryId_idx" ON "MenuItem"("categoryId");

-- CreateIndex
CREATE INDEX "MenuItem_pageId_idx" ON "MenuItem"("pageId");

-- AddForeignKey
ALTER TABLE "MenuItem" ADD CONSTRAINT "MenuItem_menuId_fkey" FOREIGN KEY ("menuId") REFERENCES "Menu"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenuItem" ADD CONSTRAINT "MenuItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "MenuItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenuItem" ADD CONSTRAINT "MenuItem_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenuItem" ADD CONSTRAINT "MenuItem_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Menus are on every page and change rarely: the table is enough.
CREATE TRIGGER "Menu_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Menu"
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_table_changed();
CREATE TRIGGER "MenuItem_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "MenuItem"
  FOR EACH STATEMENT EXECUTE FUNCTION vestnik_table_changed();

-- A setting is one row; readers see some of them (the outlet's branding), so the key says which.
CREATE FUNCTION vestnik_setting_changed() RETURNS trigger AS $$
BEGIN
  PERFORM vestnik_notify(jsonb_build_object('t', 'Setting', 'key', CASE WHEN TG_OP = 'DELETE' THEN OLD.key ELSE NEW.key END));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Setting_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Setting"
  FOR EACH ROW EXECUTE FUNCTION vestnik_setting_changed();
