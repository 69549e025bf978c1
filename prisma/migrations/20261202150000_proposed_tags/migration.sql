-- Tag names typed by someone who may not publish the article wait here; they become tags (and
-- tag pages) only when someone who may publish it does.
ALTER TABLE "Article" ADD COLUMN "proposedTags" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
