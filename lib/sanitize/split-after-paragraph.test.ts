import { describe, expect, it } from "vitest";
import { splitAfterParagraph } from "./split-after-paragraph";

describe("splitAfterParagraph", () => {
  it("cuts after the n-th paragraph when another follows", () => {
    expect(splitAfterParagraph("<p>1</p><p>2</p><p>3</p>", 2)).toEqual(["<p>1</p><p>2</p>", "<p>3</p>"]);
    expect(splitAfterParagraph("<p>1</p><p>2</p><figure><img></figure>", 2)).toBeNull();
  });

  it("does not count paragraphs inside tables, quotes, lists or figures", () => {
    const table = "<table><tbody><tr><td><p>a</p></td><td><p>b</p></td></tr></tbody></table>";
    const html = `<p>1</p>${table}<blockquote><p>q</p></blockquote><p>2</p><p>3</p>`;
    expect(splitAfterParagraph(html, 2)).toEqual([`<p>1</p>${table}<blockquote><p>q</p></blockquote><p>2</p>`, "<p>3</p>"]);
  });
});
