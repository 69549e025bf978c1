import { env } from "@/lib/env";

/** «28.11.2026, 14:05» in the site's time zone. */
export function formatAdminDate(date: Date): string {
  return new Intl.DateTimeFormat("ru-RU", { timeZone: env().SITE_TIMEZONE, dateStyle: "short", timeStyle: "short" }).format(date);
}
