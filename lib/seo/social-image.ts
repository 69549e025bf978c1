import type { CoverImage } from "@/lib/articles/types";
import { pickWidth, PREVIEW_WIDTH } from "@/lib/media/paths";
import { paths } from "@/lib/paths";

export type SocialImage = { url: string; width: number; height: number; alt: string; type: string };

export const GENERATED_IMAGE_SIZE = { width: 1200, height: 630 };

/**
 * The cover as JPEG at the stored width nearest 1200 px (VK, Telegram's older apps and Дзен take
 * no WebP), or the generated picture with the title when there is none.
 */
export function socialImage(article: { slug: string; title: string; cover: CoverImage | null }): SocialImage {
  const cover = article.cover;
  if (!cover) return { url: paths.socialImage(article.slug), ...GENERATED_IMAGE_SIZE, alt: article.title, type: "image/png" };
  const width = pickWidth(cover.widths, PREVIEW_WIDTH);
  return {
    url: paths.mediaJpeg(cover.key, width),
    width,
    height: Math.round((cover.height * width) / cover.width),
    alt: cover.alt || article.title,
    type: "image/jpeg",
  };
}
