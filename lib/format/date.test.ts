import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./date";

describe("Russian dates", () => {
  it("formats in the genitive with the site's time zone (UTC+5)", () => {
    expect(formatDateTime("2026-11-28T09:05:00Z")).toBe("28 ноября 2026, 14:05");
    expect(formatDate("2026-03-01T20:00:00Z")).toBe("2 марта 2026");
  });

  it("honours another time zone", () => {
    expect(formatDateTime("2026-05-09T21:30:00Z", "Europe/Moscow")).toBe("10 мая 2026, 00:30");
  });
});
