import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format/date";
import { editionOrDefault } from "@/lib/editions/edition-or-default";

/** «28 ноября 2026, 14:05» or «28 қараша 2026, 14:05», in the site's time zone. */
export function PublishedTime({ iso, className }: { iso: string; className?: string }) {
  return (
    <time className={className} dateTime={iso}>
      {formatDateTime(iso, env().SITE_TIMEZONE, editionOrDefault().language)}
    </time>
  );
}
