import { describe, expect, it } from "vitest";
import { timeZoneHint, utcOffsetLabel } from "./time-zone-hint";

describe("the time zone hint beside newsroom date-time fields", () => {
  it("names Almaty and its offset", () => {
    expect(timeZoneHint("Asia/Almaty", new Date("2026-12-01T10:00:00Z"))).toBe("время Алматы (UTC+5)");
  });

  it("reads the offset from the zone, half hours included", () => {
    expect(utcOffsetLabel("Europe/Moscow", new Date("2026-06-01T00:00:00Z"))).toBe("UTC+3");
    expect(utcOffsetLabel("Asia/Kolkata", new Date("2026-06-01T00:00:00Z"))).toBe("UTC+5:30");
    expect(utcOffsetLabel("UTC", new Date("2026-06-01T00:00:00Z"))).toBe("UTC+0");
    expect(timeZoneHint("America/New_York", new Date("2026-01-15T00:00:00Z"))).toBe("время сайта (UTC-5)");
  });
});
