import { describe, expect, it } from "vitest";
import { autop } from "./autop";

// Most cases are WordPress's own (tests/phpunit/tests/formatting/Functions_WpAutop_Test.php).
describe("autop", () => {
  it("makes paragraphs of blank-line-separated text and <br /> of single line breaks", () => {
    expect(autop("Первый абзац.\nВторая строка.\n\nВторой абзац.")).toBe("<p>Первый абзац.<br />\nВторая строка.</p>\n<p>Второй абзац.</p>\n");
  });

  it("keeps lists out of paragraphs and the text around them in theirs", () => {
    const input = '\nСначала:\n<ul>\n<li><a href="/a">Пункт</a></li>\n</ul>\nСтрока один.\nСтрока два.\n\nКонец.\n';
    expect(autop(input)).toBe('<p>Сначала:</p>\n<ul>\n<li><a href="/a">Пункт</a></li>\n</ul>\n<p>Строка один.<br />\nСтрока два.</p>\n<p>Конец.</p>\n');
  });

  it("leaves <pre> exactly as written", () => {
    const input = "Look at this code\n\n<pre>Line1<br />Line2<br>Line3<br/>Line4\nActual Line 2\n\nActual Line 3</pre>\n\nCool, huh?";
    expect(autop(input).trim()).toBe(
      "<p>Look at this code</p>\n<pre>Line1<br />Line2<br>Line3<br/>Line4\nActual Line 2\n\nActual Line 3</pre>\n<p>Cool, huh?</p>",
    );
    expect(autop('<pre class="x">a\n\nb</pre>').trim()).toBe('<pre class="x">a\n\nb</pre>');
  });

  it("treats block-level elements as blocks, however they are spaced", () => {
    const blocks = ["table", "div", "ul", "li", "blockquote", "p", "h2", "h6", "section", "figure", "details"];
    const content = blocks.map((block) => `<${block}>foo</${block}>`);
    const expected = blocks.map((block) => (block === "blockquote" ? "<blockquote><p>foo</p></blockquote>" : `<${block}>foo</${block}>`)).join("\n");
    expect(autop(content.join("\n\n")).trim()).toBe(expected);
    expect(autop(content.join("")).trim()).toBe(expected);
    expect(autop(blocks.map((block) => `<${block}/>`).join("")).trim()).toBe(blocks.map((block) => `<${block}/>`).join("\n"));
  });

  it("wraps inline elements", () => {
    const inlines = ["a", "em", "strong", "s", "code", "i", "b", "u", "span", "sup"];
    expect(autop(inlines.map((tag) => `<${tag}>foo</${tag}>`).join("\n\n")).trim()).toBe(inlines.map((tag) => `<p><${tag}>foo</${tag}></p>`).join("\n"));
  });

  it("autops a blockquote's contents, not the blockquote", () => {
    expect(autop("<blockquote>foo</blockquote>").trim()).toBe("<blockquote><p>foo</p></blockquote>");
  });

  it("does not break lines after an existing <br>, and turns two of them into a paragraph break", () => {
    expect(autop("\nline 1<br>\nline 2<br/>\nline 3<br />\nline 4\nline 5\n").trim()).toBe(
      "<p>line 1<br />\nline 2<br />\nline 3<br />\nline 4<br />\nline 5</p>",
    );
    expect(autop("\nline 1<br>\n<br/>\nline 2<br/>\n<br />\n").trim()).toBe("<p>line 1</p>\n<p>line 2</p>");
  });

  it("wraps text before a block, and keeps <hr> and figures unwrapped", () => {
    expect(autop("a<div>b</div>").trim()).toBe("<p>a</p>\n<div>b</div>");
    expect(autop("paragraph1<hr>paragraph2").trim()).toBe("<p>paragraph1</p>\n<hr>\n<p>paragraph2</p>");
    const figure = '<figure><img src="example.jpg" /><figcaption>Caption</figcaption></figure>';
    expect(autop(figure).trim()).toBe(figure);
    expect(autop('<figure>\n<img src="example.jpg" />\n<figcaption>Caption</figcaption>\n</figure>').trim()).toBe(
      '<figure>\n<img src="example.jpg" /><figcaption>Caption</figcaption></figure>',
    );
  });

  it("never puts a line break inside a tag, a comment or a script", () => {
    expect(autop("Hello <a\nhref='world'>")).toBe("<p>Hello <a\nhref='world'></p>\n");
    expect(autop("Hello <!-- a\nhref='world' -->")).toBe("<p>Hello <!-- a\nhref='world' --></p>\n");
    expect(autop('<script type="text/javascript">\n\tvar dummy = 1;\n</script>').trim()).toBe(
      '<p><script type="text/javascript">\n\tvar dummy = 1;\n</script></p>',
    );
  });

  it("knows whitespace as PCRE does: a no-break space is text", () => {
    expect(autop("Текст\n\n\u00a0\n\nЕщё")).toBe("<p>Текст</p>\n<p>\u00a0</p>\n<p>Ещё</p>\n");
  });

  it("returns nothing for blank content", () => {
    expect(autop(" \n\t\n")).toBe("");
  });
});
