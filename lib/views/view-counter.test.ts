import { describe, expect, it } from "vitest";
import { isBot, ViewCounter } from "./view-counter";

describe("ViewCounter", () => {
  it("counts per UTC day and slug and empties on drain", () => {
    const counter = new ViewCounter();
    counter.record("a", undefined, new Date("2026-11-28T23:59:00Z"));
    counter.record("a", undefined, new Date("2026-11-28T10:00:00Z"));
    counter.record("a", undefined, new Date("2026-11-29T00:01:00Z"));
    counter.record("b", undefined, new Date("2026-11-29T00:01:00Z"));
    expect(counter.pending).toBe(4);
    const drained = counter.drain();
    expect(drained.get("2026-11-28")?.get("a")).toBe(2);
    expect(drained.get("2026-11-29")).toEqual(
      new Map([
        ["a", 1],
        ["b", 1],
      ]),
    );
    expect(counter.pending).toBe(0);
    counter.restore(drained);
    expect(counter.drain()).toEqual(drained);
  });
});

describe("ViewCounter and addresses", () => {
  it("counts an address once per article and day, however often it reloads", () => {
    const counter = new ViewCounter();
    const day = new Date("2026-11-28T10:00:00Z");
    for (let i = 0; i < 150; i++) counter.record("staraya-novost", "10.0.0.1", day);
    counter.record("staraya-novost", "10.0.0.2", day);
    counter.record("drugaya", "10.0.0.1", day);
    counter.record("staraya-novost", "10.0.0.1", new Date("2026-11-29T10:00:00Z"));
    const counts = counter.drain();
    expect(counts.get("2026-11-28")).toEqual(
      new Map([
        ["staraya-novost", 2],
        ["drugaya", 1],
      ]),
    );
    expect(counts.get("2026-11-29")).toEqual(new Map([["staraya-novost", 1]]));
  });
});

describe("isBot", () => {
  it("tells crawlers and scripts from browsers", () => {
    expect(isBot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).toBe(true);
    expect(isBot("Mozilla/5.0 (compatible; YandexBot/3.0)")).toBe(true);
    expect(isBot("TelegramBot (like TwitterBot)")).toBe(true);
    expect(isBot("curl/8.5.0")).toBe(true);
    expect(isBot("node")).toBe(true);
    expect(isBot("axios/1.7.2")).toBe(true);
    expect(isBot("Go-http-client/1.1")).toBe(true);
    expect(isBot(undefined)).toBe(true);
    expect(isBot("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36")).toBe(false);
  });
});
