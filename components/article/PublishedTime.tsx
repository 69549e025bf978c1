import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format/date";

export function PublishedTime({ iso, className }: { iso: string; className?: string }) {
  return (
    <time className={className} dateTime={iso}>
      {formatDateTime(iso, env().SITE_TIMEZONE)}
    </time>
  );
}
