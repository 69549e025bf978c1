import { describe, expect, it } from "vitest";
import { dropEmptyFormActions, needsClientRuntime, stripFrameworkJs } from "./strip-framework-js";

const page = [
  '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/>',
  '<script src="/_next/static/chunks/x.js" async=""></script>',
  '<script src="/_next/static/chunks/p.js" noModule=""></script>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  "</head><body><p>Текст</p>",
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"0:{\\"a\\":1}"])</script>',
  '<script>$RC("B:0","S:0")</script>',
  '<script>$RR("B:1","S:1",[["/_next/static/chunks/s.css","all"]])</script>',
  '<script>$RB=[];$RV=function(a){};$RX("B:2","E","m")</script>',
  '<script data-keep src="/enhance.js" defer></script>',
  "</body></html>",
].join("");

describe("stripFrameworkJs", () => {
  const out = stripFrameworkJs(page);

  it("removes Next's chunks, preload hints and RSC payload", () => {
    expect(out).not.toContain("/_next/static/chunks/x.js");
    expect(out).not.toContain("noModule");
    expect(out).not.toContain("__next_f");
  });

  it("keeps content, styles, JSON-LD, streaming helpers and marked scripts", () => {
    expect(out).toContain("<p>Текст</p>");
    expect(out).toContain('rel="stylesheet"');
    expect(out).toContain("application/ld+json");
    expect(out).toContain('$RC("B:0","S:0")');
    expect(out).toContain('$RR("B:1","S:1"');
    expect(out).toContain('$RX("B:2"');
    expect(out).toContain("/enhance.js");
  });
});

describe("needsClientRuntime", () => {
  it("is true for the newsroom only", () => {
    expect(needsClientRuntime("/admin")).toBe(true);
    expect(needsClientRuntime("/admin/articles")).toBe(true);
    expect(needsClientRuntime("/administrativnye-novosti")).toBe(false);
    expect(needsClientRuntime("/")).toBe(false);
  });
});

describe("dropEmptyFormActions", () => {
  it("removes an empty action from forms only", () => {
    expect(dropEmptyFormActions('<form class="c" action="" method="POST"><a action="">x</a></form><form action="/search">')).toBe(
      '<form class="c" method="POST"><a action="">x</a></form><form action="/search">',
    );
  });
});
