const UPLOADS = "/wp-content/uploads/";

/**
 * The path of an old upload under wp-content/uploads (`2024/03/photo-300x200.jpg`), percent-decoded,
 * from any URL or path that holds one, whatever the host (CDNs and `www.` serve the same files);
 * null for other addresses and for paths that climb out of the folder.
 */
export function uploadPathOf(url: string): string | null {
  const at = url.indexOf(UPLOADS);
  if (at < 0) return null;
  const raw = url.slice(at + UPLOADS.length).split(/[?#]/, 1)[0]!;
  return safeRelativePath(raw);
}

/** `_wp_attached_file` and the like: a relative path inside the uploads folder, or null. */
export function safeRelativePath(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw;
  }
  const segments = decoded
    .replaceAll("\\", "/")
    .split("/")
    .filter((s) => s !== "" && s !== ".");
  if (segments.length === 0 || segments.some((s) => s === ".." || s.includes("\0"))) return null;
  return segments.join("/");
}

/**
 * The upload a resized copy was made from: WordPress names its sizes `photo-300x200.jpg`, and
 * since 5.3 keeps a big original as `photo.jpg` beside the `photo-scaled.jpg` it serves.
 */
export function originalUploadPath(path: string): string {
  return path.replace(/-(?:\d{1,5}x\d{1,5}|scaled|rotated)(\.[A-Za-z0-9]{2,5})$/, "$1");
}
