import { describe, expect, it } from "vitest";
import { sanitizeArticleHtml } from "./article-html";

describe("sanitizeArticleHtml", () => {
  it("keeps editorial structure", () => {
    const html = '<h2>Итоги</h2><p>Текст <strong>жирный</strong> и <a href="https://example.kz">ссылка</a></p><blockquote>Цитата</blockquote>';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it("drops scripts, handlers and javascript: links", () => {
    const out = sanitizeArticleHtml('<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">b</a><img src="x" onerror="alert(1)">');
    expect(out).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(out).toContain("<p>a</p>");
  });

  it("adds rel to links opening a new tab", () => {
    expect(sanitizeArticleHtml('<a href="https://a.kz" target="_blank">x</a>')).toContain('rel="noopener noreferrer"');
  });

  it("leaves no way back through window.opener, whatever the target's case or name", () => {
    expect(sanitizeArticleHtml('<a href="https://a.kz" target="_BLANK" rel="opener">x</a>')).toBe(
      '<a href="https://a.kz" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeArticleHtml('<a href="https://a.kz" target="okno" rel="opener">x</a>')).toBe(
      '<a href="https://a.kz" target="okno" rel="noopener noreferrer">x</a>',
    );
  });
});
