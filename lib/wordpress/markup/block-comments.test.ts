import { describe, expect, it } from "vitest";
import { findBlockDelimiters, hasBlocks, stripBlockDelimiters } from "./block-comments";

describe("findBlockDelimiters", () => {
  it("reads openers, closers and self-closing delimiters with their JSON attributes", () => {
    const html =
      '<!-- wp:image {"id":5,"style":{"border":{"radius":"4px"}}} --><figure></figure><!-- /wp:image -->' +
      '<!-- wp:separator {"className":"is-style-wide"} /--><!-- wp:jetpack/slideshow {"ids":[1,2]} --><!-- /wp:jetpack/slideshow -->';
    expect(findBlockDelimiters(html).map(({ name, closer, selfClosing, attributes }) => ({ name, closer, selfClosing, attributes }))).toEqual([
      { name: "core/image", closer: false, selfClosing: false, attributes: { id: 5, style: { border: { radius: "4px" } } } },
      { name: "core/image", closer: true, selfClosing: false, attributes: {} },
      { name: "core/separator", closer: false, selfClosing: true, attributes: { className: "is-style-wide" } },
      { name: "jetpack/slideshow", closer: false, selfClosing: false, attributes: { ids: [1, 2] } },
      { name: "jetpack/slideshow", closer: true, selfClosing: false, attributes: {} },
    ]);
  });

  it("decodes the escapes Gutenberg writes into attributes, and ignores ordinary comments", () => {
    const html = '<!-- wp:paragraph {"placeholder":"\\u003cb\\u003e \\u002d\\u002d \\u0026"} --><p>x</p><!-- /wp:paragraph --><!-- обычный комментарий -->';
    expect(findBlockDelimiters(html).map((delimiter) => delimiter.attributes)).toEqual([{ placeholder: "<b> -- &" }, {}]);
  });
});

describe("hasBlocks", () => {
  it("is WordPress's has_blocks()", () => {
    expect(hasBlocks("<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->")).toBe(true);
    expect(hasBlocks("Classic text\n\n<!--more-->")).toBe(false);
  });
});

describe("stripBlockDelimiters", () => {
  it("keeps each block's HTML on a line of its own", () => {
    const html = `<!-- wp:paragraph -->
<p>Алматы, 12 марта. Текст новости.</p>
<!-- /wp:paragraph -->

<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading">Подробности</h3>
<!-- /wp:heading -->

<!-- wp:list -->
<ul class="wp-block-list"><!-- wp:list-item -->
<li>Первое</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>Второе</li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>Мы будем работать дальше.</p>
<!-- /wp:paragraph --><cite>Аким города</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:separator -->
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<!-- /wp:separator -->

<!-- wp:spacer {"height":"40px"} /-->`;
    expect(stripBlockDelimiters(html)).toBe(`<p>Алматы, 12 марта. Текст новости.</p>
<h3 class="wp-block-heading">Подробности</h3>
<ul class="wp-block-list">
<li>Первое</li>
<li>Второе</li>
</ul>
<blockquote class="wp-block-quote">
<p>Мы будем работать дальше.</p>
<cite>Аким города</cite></blockquote>
<hr class="wp-block-separator has-alpha-channel-opacity"/>`);
  });
});
