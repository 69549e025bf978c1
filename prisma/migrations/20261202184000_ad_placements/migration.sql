-- Ads across the site: placements on the home and category pages and a mobile sticky one, schedules, category filters, rotation weights, the hashes of administrators' inline ad code (computed on save: code saved before this was stripped from pages anyway), and daily impressions and clicks.
-- AlterEnum

ALTER TYPE "AdPlacement" ADD VALUE 'HOME_TOP';
ALTER TYPE "AdPlacement" ADD VALUE 'HOME_BETWEEN';
ALTER TYPE "AdPlacement" ADD VALUE 'HOME_SIDEBAR';
ALTER TYPE "AdPlacement" ADD VALUE 'CATEGORY_TOP';
ALTER TYPE "AdPlacement" ADD VALUE 'CATEGORY_FEED';
ALTER TYPE "AdPlacement" ADD VALUE 'MOBILE_STICKY';

-- AlterTable
ALTER TABLE "AdSlot" ADD COLUMN     "afterNth" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "categoryIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "endsAt" TIMESTAMP(3),
ADD COLUMN     "scriptHashes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "startsAt" TIMESTAMP(3),
ADD COLUMN     "weight" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "AdDailyStats" (
    "slotId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "impressions" INTEGER NOT NULL DEFAULT 0,
    "clicks" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AdDailyStats_pkey" PRIMARY KEY ("slotId","day")
);

-- AddForeignKey
ALTER TABLE "AdDailyStats" ADD CONSTRAINT "AdDailyStats_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "AdSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
