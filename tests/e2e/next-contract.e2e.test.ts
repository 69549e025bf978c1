import { describe, expect, inject, it } from "vitest";
import { checkBeforeStart, REACT_STREAMING_HELPER } from "../../lib/edge/next-internals";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");

/**
 * The contract between Vestnik's edge and the Next.js build it serves (lib/edge/next-internals.ts):
 * run against the real production build, so a Next upgrade that breaks one fails here.
 */
describe("the edge's contract with the production build", () => {
  it("finds every Next module and build file it relies on", () => {
    expect(checkBeforeStart(process.cwd())).toEqual([]);
  });

  it("answers a made-up page with the site's own 404 page, not Next's empty error shell", async () => {
    for (const path of ["/net-takoy-stati-" + Date.now(), "/tag/net-takoy-metki-" + Date.now(), `/${fixtures.article.slug}/reply/999999999`]) {
      const res = await fetch(baseUrl + path);
      const html = await res.text();
      expect(res.status, path).toBe(404);
      expect(html, path).toContain("Страница не найдена");
      expect(html, path).not.toContain("__next_error__");
    }
  });

  it("keeps React's streaming helpers when it strips the client runtime, so streamed parts are revealed", async () => {
    const word = fixtures.article.title.split(" ")[0]!;
    const html = await (await fetch(`${baseUrl}/search?q=${encodeURIComponent(word)}`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.filter(([, attributes]) => /src="\/_next\//.test(attributes!))).toEqual([]);
    const helpers = scripts.filter(([, , body]) => REACT_STREAMING_HELPER.test(body!));
    expect(helpers.length).toBeGreaterThan(0);
    // What the helper moves into place is in the page: the hidden segment and its boundary.
    for (const [, , body] of helpers) {
      for (const [, boundary, segment] of body!.matchAll(/\$RC\("([^"]+)","([^"]+)"\)/g)) {
        expect(html).toContain(`id="${segment}"`);
        expect(html).toContain(`<template id="${boundary}">`);
      }
    }
  });
});
