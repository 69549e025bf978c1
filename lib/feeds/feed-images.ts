import type { CoverImage } from "@/lib/articles/types";
import { pickWidth, PREVIEW_WIDTH } from "@/lib/media/paths";
import { paths } from "@/lib/paths";

export type FeedImage = { path: string; width: number; height: number; alt: string };

/** Byte sizes of feed images by path, for <enclosure length>; a path without one gets 0 ("unknown", as RSS allows). */
export type FeedImageBytes = ReadonlyMap<string, number>;

/** A cover as feeds show it: JPEG near 1200 px, since Дзен, VK and older readers take no WebP. */
export function feedImage(cover: CoverImage): FeedImage {
  const width = pickWidth(cover.widths, PREVIEW_WIDTH);
  return { path: paths.mediaJpeg(cover.key, width), width, height: Math.round((cover.height * width) / cover.width), alt: cover.alt };
}

/** The <enclosure> and <media:content> of an item's image. */
export function imageElements(siteUrl: string, cover: CoverImage | null, bytes: FeedImageBytes | undefined) {
  if (!cover) return {};
  const image = feedImage(cover);
  const url = new URL(image.path, siteUrl).toString();
  return {
    enclosure: { "@_url": url, "@_length": String(bytes?.get(image.path) ?? 0), "@_type": "image/jpeg" },
    "media:content": {
      "@_url": url,
      "@_medium": "image",
      "@_type": "image/jpeg",
      "@_width": String(image.width),
      "@_height": String(image.height),
      ...(image.alt ? { "media:description": image.alt } : {}),
    },
  };
}
