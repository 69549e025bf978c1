import { describe, expect, it } from "vitest";
import { formatCommentHtml } from "./format";

describe("formatCommentHtml", () => {
  it("turns line breaks into paragraphs", () => {
    expect(formatCommentHtml("Первый абзац.\nВторая строка.\n\nВторой абзац.")).toBe("<p>Первый абзац.<br />\nВторая строка.</p>\n<p>Второй абзац.</p>");
  });

  it("keeps WordPress's comment tags and marks links nofollow ugc", () => {
    expect(formatCommentHtml('<b>да</b> <q cite="https://a.kz">цитата</q> <a href="https://a.kz" title="t">ссылка</a>')).toBe(
      '<p><b>да</b> <q cite="https://a.kz">цитата</q> <a href="https://a.kz" title="t" rel="nofollow ugc">ссылка</a></p>',
    );
    expect(formatCommentHtml('<a href="https://a.kz" rel="dofollow">x</a>')).toBe('<p><a href="https://a.kz" rel="nofollow ugc">x</a></p>');
  });

  it("shows anything else as text, never as markup", () => {
    const out = formatCommentHtml('<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)" onclick="x()">y</a>');
    expect(out).not.toMatch(/<script|<img|onerror=|onclick=|javascript:/i);
    expect(out).toContain("&lt;script&gt;");
  });

  it("allows only http, https and mailto links", () => {
    expect(formatCommentHtml('<a href="data:text/html,x">a</a><a href="mailto:a@b.kz">m</a>')).toBe(
      '<p><a rel="nofollow ugc">a</a><a href="mailto:a@b.kz" rel="nofollow ugc">m</a></p>',
    );
  });
});
