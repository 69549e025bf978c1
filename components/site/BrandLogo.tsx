import type { BrandImage } from "@/lib/branding/types";
import { pickWidth } from "@/lib/media/paths";
import { mediaSrc } from "@/lib/media/public-url";

/** A logo shown `height` pixels tall, from the stored width that stays sharp on high-density screens. */
export function BrandLogo({ image, name, height }: { image: BrandImage; name: string; height: number }) {
  const width = Math.round((image.width * height) / image.height);
  return <img className="brand-logo" src={mediaSrc(image.key, pickWidth(image.widths, width * 2))} width={width} height={height} alt={name} decoding="async" />;
}
