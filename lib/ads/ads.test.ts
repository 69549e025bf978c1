import { describe, expect, it } from "vitest";
import { adSourcesOf, inlineScriptHashes, scriptUrlsOf } from "@/lib/security/ad-sources";
import { readerPolicy } from "@/lib/security/content-security-policy";
import { sha256Source } from "@/lib/security/script-hash";
import { stripFrameworkJs } from "@/lib/edge/strip-framework-js";
import { adLinksOf, prepareAdHtml } from "./ad-code";
import { placeHeadCode } from "./head-code";
import { isLive, nextScheduleChange, pickWeighted, slotsForPage } from "./select";
import type { AdSlot } from "./types";

const YANDEX = `<div id="yandex_rtb_R-A-1"></div><script>window.yaContextCb=window.yaContextCb||[]</script><script src="https://yandex.ru/ads/system/context.js" async></script>`;

describe("ad and counter code", () => {
  it("finds the hosts the code uses and hashes its inline scripts when saved", () => {
    expect(inlineScriptHashes(YANDEX)).toEqual([sha256Source("window.yaContextCb=window.yaContextCb||[]")]);
    expect(scriptUrlsOf(YANDEX)).toEqual(["https://yandex.ru/ads/system/context.js"]);
    const sources = adSourcesOf([YANDEX, '<iframe src="https://frames.example.kz/x"></iframe>'], ["https://an.yandex.ru"], ["'sha256-saved='"]);
    expect(sources.scriptHashes).toEqual(["'sha256-saved='"]);
    expect(sources.scriptOrigins).toEqual(["https://an.yandex.ru", "https://yandex.ru"]);
    const policy = readerPolicy(sources.scriptHashes, sources);
    expect(policy).toContain("script-src 'self' 'sha256-saved=' https://an.yandex.ru https://yandex.ru;");
    expect(policy).toContain("frame-src https://an.yandex.ru https://frames.example.kz;");
    expect(policy).toContain("connect-src 'self' https://an.yandex.ru;");
    expect(policy).not.toContain("unsafe-inline");
  });

  it("accepts plain http only from this machine (a local fake network)", () => {
    const sources = adSourcesOf(['<script src="http://127.0.0.1:4100/ad.js"></script><script src="http://evil.example/x.js"></script>'], []);
    expect(sources.scriptOrigins).toEqual(["http://127.0.0.1:4100"]);
    expect(readerPolicy([], sources)).toContain("script-src 'self' http://127.0.0.1:4100;");
  });

  it("keeps only the saved code's scripts when it strips the framework's", () => {
    const page = `<head></head><body>${YANDEX}<script src="https://yandex.ru/other.js"></script><script>alert(1)</script><script src="/_next/static/chunk.js"></script></body>`;
    const trusted = { scriptUrls: scriptUrlsOf(YANDEX), scriptHashes: inlineScriptHashes(YANDEX) };
    const out = stripFrameworkJs(page, trusted);
    expect(out).toContain('src="https://yandex.ru/ads/system/context.js"');
    expect(out).toContain("window.yaContextCb");
    expect(out).not.toContain("other.js");
    expect(out).not.toContain("alert(1)");
    expect(out).not.toContain("chunk.js");
    expect(stripFrameworkJs(page)).not.toContain("yandex.ru");
  });

  it("sends links through the click counter as sponsored, leaving scripts byte for byte", () => {
    const html = `<a href="https://shop.kz/?a=1&amp;b=2" rel="nofollow" class="x">Купить</a><script>var s='<a href="https://x.kz">'</script>`;
    expect(adLinksOf(html)).toEqual(["https://shop.kz/?a=1&b=2"]);
    const out = prepareAdHtml(html, 7);
    expect(out).toContain(`<a href="/go/ad/7?to=${encodeURIComponent("https://shop.kz/?a=1&b=2")}" rel="sponsored noopener" class="x">`);
    expect(out).toContain(`<script>var s='<a href="https://x.kz">'</script>`);
  });

  it("moves the counters' head code into <head>", () => {
    const html = `<html><head><title>x</title></head><body><template data-vestnik-head-code=""><script src="https://mc.yandex.ru/metrika/tag.js"></script></template><p>a</p></body></html>`;
    expect(placeHeadCode(html)).toBe(
      `<html><head><title>x</title><script src="https://mc.yandex.ru/metrika/tag.js"></script></head><body><p>a</p></body></html>`,
    );
    expect(placeHeadCode("<p>no code</p>")).toBe("<p>no code</p>");
  });
});

const slot = (id: number, extra: Partial<AdSlot> = {}): AdSlot => ({
  id,
  placement: "SIDEBAR",
  name: `s${id}`,
  imageUrl: "/a.webp",
  linkUrl: null,
  html: null,
  weight: 1,
  afterNth: 0,
  categoryIds: [],
  ...extra,
});

describe("choosing ad slots", () => {
  const at = (iso: string) => new Date(iso);
  it("follows the schedule and finds the next moment it changes", () => {
    const now = at("2026-12-01T10:00:00Z");
    expect(isLive({ startsAt: null, endsAt: null }, now)).toBe(true);
    expect(isLive({ startsAt: at("2026-12-01T10:00:00Z"), endsAt: null }, now)).toBe(true);
    expect(isLive({ startsAt: at("2026-12-01T10:00:01Z"), endsAt: null }, now)).toBe(false);
    expect(isLive({ startsAt: null, endsAt: now }, now)).toBe(false);
    const slots = [
      { startsAt: at("2026-12-02T00:00:00Z"), endsAt: null },
      { startsAt: at("2026-11-01T00:00:00Z"), endsAt: at("2026-12-01T12:00:00Z") },
    ];
    expect(nextScheduleChange(slots, now)).toEqual(at("2026-12-01T12:00:00Z"));
    expect(nextScheduleChange([{ startsAt: null, endsAt: null }], now)).toBeNull();
  });

  it("keeps slots limited to other categories off the page", () => {
    const slots = [slot(1), slot(2, { categoryIds: [5] }), slot(3, { categoryIds: [6, 7] })];
    expect(slotsForPage(slots, [7]).map((s) => s.id)).toEqual([1, 3]);
    expect(slotsForPage(slots, []).map((s) => s.id)).toEqual([1]);
  });

  it("rotates in proportion to the weights", () => {
    const slots = [slot(1, { weight: 1 }), slot(2, { weight: 3 })];
    expect(pickWeighted(slots, 0)?.id).toBe(1);
    expect(pickWeighted(slots, 0.24)?.id).toBe(1);
    expect(pickWeighted(slots, 0.25)?.id).toBe(2);
    expect(pickWeighted(slots, 0.99)?.id).toBe(2);
  });
});
