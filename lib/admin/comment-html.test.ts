import { describe, expect, it } from "vitest";
import { commentHtml } from "./comment-html";

describe("comment HTML written in the newsroom", () => {
  it("keeps WordPress's comment tags, marks links nofollow ugc and turns line breaks into paragraphs", () => {
    expect(commentHtml('Спасибо!\n\nСм. <a href="https://example.kz" onclick="x()">тут</a><script>alert(1)</script>\nи <img src=x onerror=alert(1)>'))
      .toBe('<p>Спасибо!</p><p>См. <a href="https://example.kz" rel="nofollow ugc">тут</a><br />и </p>');
    expect(commentHtml('<a href="https://x.kz" rel="follow">x</a> <a href="javascript:alert(1)">y</a>')).toBe('<p><a href="https://x.kz" rel="nofollow ugc">x</a> <a rel="nofollow ugc">y</a></p>');
  });
});
