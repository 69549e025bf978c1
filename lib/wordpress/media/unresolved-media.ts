import type { ImportReport } from "@/lib/wordpress/import/report";
import type { MediaState } from "./link-media";

/** Adds the old addresses of the images that are still not imported to the report, up to its limit. */
export function noteUnresolved(state: MediaState, report: ImportReport, imported = (wpId: number) => state.media.has(wpId)): void {
  const urls = state.references.unresolved(
    imported,
    (wpId, shownAt) => state.attachments.get(wpId)?.url || shownAt || `${state.siteUrl}/?attachment_id=${wpId}`,
  );
  for (const url of urls) {
    if (report.unresolvedMedia.length >= 1000) break;
    if (!report.unresolvedMedia.includes(url)) report.unresolvedMedia.push(url);
  }
}
