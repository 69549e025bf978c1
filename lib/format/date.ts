import { format } from "date-fns";
import { kk } from "date-fns/locale/kk";
import { ru } from "date-fns/locale/ru";
import type { Language } from "@/lib/i18n/languages";

const LOCALES = { ru, kk } as const;

const DEFAULT_TIMEZONE = "Asia/Almaty";

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time in `timeZone`, as a Date whose local fields hold it (what date-fns'
 * format reads). @date-fns/tz is not used: its TZDate calls `new Date()` with no arguments,
 * which Next refuses while prerendering a cached page.
 */
function wallClock(date: Date, timeZone: string): Date {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    partFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, Number(p.value)]));
  return new Date(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
}

/** «28 ноября 2026, 14:05» (or «28 қараша 2026, 14:05») in the site's time zone. */
export function formatDateTime(iso: string | Date, timeZone = DEFAULT_TIMEZONE, language: Language = "ru"): string {
  return format(wallClock(new Date(iso), timeZone), "d MMMM yyyy, HH:mm", { locale: LOCALES[language] });
}

/** «28 ноября 2026» in the site's time zone. */
export function formatDate(iso: string | Date, timeZone = DEFAULT_TIMEZONE, language: Language = "ru"): string {
  return format(wallClock(new Date(iso), timeZone), "d MMMM yyyy", { locale: LOCALES[language] });
}
