import type { CoverImage } from "@/lib/articles/types";
import { mediaSrc } from "@/lib/media/public-url";

type Props = { cover: CoverImage; sizes: string; priority?: boolean; className?: string };

export function CoverPicture({ cover, sizes, priority = false, className }: Props) {
  const widths = [...cover.widths].sort((a, b) => a - b);
  const largest = widths.at(-1) ?? cover.width;
  return (
    <img
      className={className}
      src={mediaSrc(cover.key, largest)}
      srcSet={widths.map((w) => `${mediaSrc(cover.key, w)} ${w}w`).join(", ")}
      sizes={sizes}
      width={cover.width}
      height={cover.height}
      alt={cover.alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
    />
  );
}
