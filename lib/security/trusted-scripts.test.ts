import { describe, expect, it } from "vitest";
import { INLINE_SCRIPTS } from "./inline-scripts";
import { sha256Source } from "./script-hash";
import { trustInlineScripts } from "./trusted-scripts";

describe("trustInlineScripts", () => {
  const streaming = '$RC("B:0","S:0")';

  it("allows by hash what carries this render's nonce, and takes the nonce off the shared page", () => {
    const { html, hashes } = trustInlineScripts(`<p>x</p><script nonce="n0nce">${streaming}</script>`, "n0nce");
    expect(html).toBe(`<p>x</p><script>${streaming}</script>`);
    expect(hashes).toEqual([sha256Source(streaming)]);
  });

  it("allows Vestnik's own scripts and the ad code's by their text", () => {
    const ad = "window.adq=[]";
    const page = `<script data-keep="">${INLINE_SCRIPTS.copyLink}</script><script>${ad}</script>`;
    expect(trustInlineScripts(page, null, [sha256Source(ad)]).hashes.sort()).toEqual([sha256Source(INLINE_SCRIPTS.copyLink), sha256Source(ad)].sort());
    expect(trustInlineScripts(page, null).hashes).toEqual([sha256Source(INLINE_SCRIPTS.copyLink)]);
  });

  it("never allows an injected script: not one that looks like React's, not one with a guessed or another render's nonce", () => {
    for (const injected of [`<script>${streaming};alert(1)</script>`, `<script nonce="guess">alert(1)</script>`, `<script data-keep="">alert(1)</script>`]) {
      const { html, hashes } = trustInlineScripts(`<article>${injected}</article>`, "n0nce");
      expect(hashes).toEqual([]);
      expect(html).toContain(injected);
    }
  });

  it("leaves external scripts and JSON-LD to the other directives", () => {
    const page = '<script src="/comments.js" defer></script><script type="application/ld+json">{"a":1}</script>';
    expect(trustInlineScripts(page, "n0nce")).toEqual({ html: page, hashes: [] });
  });
});
