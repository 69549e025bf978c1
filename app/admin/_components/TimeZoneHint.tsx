"use client";
import { createContext, useContext, type ReactNode } from "react";
import { timeZoneHint } from "@/lib/format/time-zone-hint";

const SiteTimeZone = createContext("Asia/Almaty");

/** The site's time zone (SITE_TIMEZONE) for every date-time field below, set once by the newsroom layout. */
export function SiteTimeZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <SiteTimeZone.Provider value={timeZone}>{children}</SiteTimeZone.Provider>;
}

/** «время Алматы (UTC+5)» beside a datetime-local field, whose value has no zone of its own. */
export function TimeZoneHint({ id }: { id?: string }) {
  return (
    <small id={id} className="field-hint">
      {timeZoneHint(useContext(SiteTimeZone))}
    </small>
  );
}
