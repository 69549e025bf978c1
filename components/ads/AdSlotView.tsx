import { slotsForPage } from "@/lib/ads/select";
import { edition } from "@/lib/editions/edition";
import type { AdSlot } from "@/lib/ads/types";
import { INLINE_SCRIPTS } from "@/lib/security/inline-scripts";
import { adMarkup } from "./ad-markup";

type Props = {
  /** The placement's live slots (getActiveAds). */
  slots: AdSlot[] | undefined;
  /** The categories of the page: slots limited to others stay out. */
  categoryIds?: readonly number[];
  className?: string;
};

/**
 * An ad placement, labelled «Реклама» («Жарнама») as the advertising law expects. Several slots rotate on
 * every view of the cached page: each waits in a <template>, and a small script shows one by
 * weight (without JavaScript none shows, as ad networks' code would not run either).
 */
export function AdSlotView({ slots, categoryIds = [], className }: Props) {
  const shown = slotsForPage(slots, categoryIds);
  if (shown.length === 0) return null;
  const classes = ["ad", className].filter(Boolean).join(" ");
  const label = edition().t.ads.label;
  if (shown.length === 1) {
    return (
      <aside className={classes} aria-label={label}>
        <span className="ad__label">{label}</span>
        <div className="ad__body" dangerouslySetInnerHTML={{ __html: adMarkup(shown[0]!) }} />
      </aside>
    );
  }
  return (
    <>
      <aside className={classes} aria-label={label} data-ad-rotate="">
        <span className="ad__label">{label}</span>
        {shown.map((slot) => (
          <template key={slot.id} data-weight={slot.weight} dangerouslySetInnerHTML={{ __html: adMarkup(slot) }} />
        ))}
      </aside>
      <script data-keep="" dangerouslySetInnerHTML={{ __html: INLINE_SCRIPTS.rotateAds }} />
    </>
  );
}
