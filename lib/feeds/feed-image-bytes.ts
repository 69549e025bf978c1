import "server-only";
import type { ArticleFull } from "@/lib/articles/types";
import { jpegVariantBytes } from "@/lib/media/jpeg";
import { feedImage, type FeedImageBytes } from "./feed-images";

/**
 * The JPEG size of every cover in a feed, making the JPEGs not made yet: a feed is built once
 * per change and then cached, so this runs rarely. A missing file is left out (length 0).
 */
export async function feedImageBytes(articles: readonly ArticleFull[]): Promise<FeedImageBytes> {
  const sizes = new Map<string, number>();
  await Promise.all(
    articles.map(async ({ cover }) => {
      if (!cover) return;
      const image = feedImage(cover);
      const bytes = await jpegVariantBytes(cover.key, image.width).catch(() => null);
      if (bytes !== null) sizes.set(image.path, bytes);
    }),
  );
  return sizes;
}
