import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "./local-time";

describe("publication time in the site's time zone", () => {
  it("reads a datetime-local value as wall-clock time there", () => {
    expect(fromLocalInput("2026-11-28T14:05", "Asia/Almaty")?.toISOString()).toBe("2026-11-28T09:05:00.000Z");
    expect(fromLocalInput("2026-07-01T12:00", "Europe/Moscow")?.toISOString()).toBe("2026-07-01T09:00:00.000Z");
    expect(fromLocalInput("завтра", "Asia/Almaty")).toBeNull();
  });

  it("writes an instant back as the same wall-clock value", () => {
    expect(toLocalInput(new Date("2026-11-28T09:05:30Z"), "Asia/Almaty")).toBe("2026-11-28T14:05");
  });
});
