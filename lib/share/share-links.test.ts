import { describe, expect, it } from "vitest";
import { shareLinks } from "./share-links";

describe("shareLinks", () => {
  it("puts the encoded URL and title into each network's share page", () => {
    const links = shareLinks("https://v.example/a?b=1&c=2", "Цены & тарифы");
    expect(links.map((l) => l.network)).toEqual(["telegram", "whatsapp", "vk", "facebook", "x"]);
    const telegram = new URL(links[0]!.href);
    expect(telegram.searchParams.get("url")).toBe("https://v.example/a?b=1&c=2");
    expect(telegram.searchParams.get("text")).toBe("Цены & тарифы");
    expect(new URL(links[1]!.href).searchParams.get("text")).toBe("Цены & тарифы https://v.example/a?b=1&c=2");
    expect(new URL(links[3]!.href).searchParams.get("u")).toBe("https://v.example/a?b=1&c=2");
  });
});
