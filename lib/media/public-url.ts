import { mediaStorage } from "./storage";
import { mediaUrl, variantObjectKey } from "./paths";

/** An image's address in a page: the CDN's (S3_PUBLIC_URL) when media is served from there, else /media/…. */
export function mediaSrc(key: string, width: number): string {
  return mediaStorage().publicUrl(variantObjectKey(key, width)) ?? mediaUrl(key, width);
}

const STORED_IMAGE = /(["\s,])\/media\/([a-z0-9][a-z0-9_-]{0,127})\/([1-9][0-9]{1,4})\.webp(?=[\s",])/g;

/**
 * Article and page bodies keep /media/… addresses (they stay valid whatever the storage);
 * with a CDN in front of the bucket, readers get its addresses instead in src and srcset.
 */
export function withPublicMediaUrls(html: string): string {
  const storage = mediaStorage();
  if (!storage.publicUrl("x")) return html;
  return html.replace(STORED_IMAGE, (whole, before: string, key: string, width: string) => {
    const url = storage.publicUrl(variantObjectKey(key, Number(width)));
    return url ? `${before}${url}` : whole;
  });
}
