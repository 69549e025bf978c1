import type { AdSlot } from "@/lib/ads/types";

/** An ad slot; an empty or missing slot renders nothing. */
export function AdSlotView({ slot }: { slot: AdSlot | undefined }) {
  if (!slot) return null;
  if (slot.html) {
    // Raw HTML ads can only be set by administrators (see the admin ad-slot action).
    return <aside className="ad" aria-label="Реклама" dangerouslySetInnerHTML={{ __html: slot.html }} />;
  }
  if (!slot.imageUrl) return null;
  const image = <img src={slot.imageUrl} alt={slot.name} loading="lazy" decoding="async" />;
  return (
    <aside className="ad" aria-label="Реклама">
      <span className="ad__label">Реклама</span>
      {slot.linkUrl ? (
        <a href={slot.linkUrl} rel="sponsored noopener" target="_blank">
          {image}
        </a>
      ) : (
        image
      )}
    </aside>
  );
}
