import { getActiveAds } from "@/lib/ads/reads";
import { getCategories } from "@/lib/taxonomy/reads";
import { AdSlotView } from "./AdSlotView";
import { CounterCode } from "./CounterCode";

/** What every reader page carries: the counters' code and the mobile sticky ad. */
export async function SiteAds({ currentCategory }: { currentCategory?: string }) {
  const [{ slots }, categories] = await Promise.all([getActiveAds(), getCategories()]);
  const category = categories.find((c) => c.slug === currentCategory);
  return (
    <>
      <AdSlotView slots={slots.MOBILE_STICKY} categoryIds={category ? [category.id] : []} className="ad--sticky" />
      <CounterCode />
    </>
  );
}
