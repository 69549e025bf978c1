import { adClickUrl } from "@/lib/ads/ad-code";
import type { AdSlot } from "@/lib/ads/types";
import { paths } from "@/lib/paths";

const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A slot's content as HTML (it may have to sit inside a <template>): the picture with its
 * counted link, or the administrator's code, and the 1×1 impression beacon.
 */
export function adMarkup(slot: AdSlot): string {
  const beacon = `<img class="ad__beacon" src="${paths.adSeen(slot.id)}" width="1" height="1" alt="">`;
  if (slot.html) return slot.html + beacon;
  const image = `<img src="${escape(slot.imageUrl ?? "")}" alt="${escape(slot.name)}" loading="lazy" decoding="async">`;
  const linked = slot.linkUrl ? `<a href="${escape(adClickUrl(slot.id, slot.linkUrl))}" rel="sponsored noopener" target="_blank">${image}</a>` : image;
  return linked + beacon;
}
