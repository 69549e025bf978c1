import { describe, expect, it } from "vitest";
import { startConversion } from "./conversion";
import { splitHtml } from "./html-split";
import { convertIframes } from "./iframes";
import { stripPageMarkers } from "./page-markers";

describe("splitHtml", () => {
  it("alternates text and markup, a comment running to its end", () => {
    expect(splitHtml('a <b class="x">б</b> <!-- <p> > --> в')).toEqual(["a ", '<b class="x">', "б", "</b>", " ", "<!-- <p> > -->", " в"]);
  });
});

describe("stripPageMarkers", () => {
  it("removes more, noteaser and nextpage markers, with their line when they stand alone", () => {
    expect(stripPageMarkers("Анонс.\n<!--more Читать далее-->\nТекст.<!--noteaser-->\n\n<!--nextpage-->\n\nВторая страница.")).toBe(
      "Анонс.\nТекст.\n\n\nВторая страница.",
    );
  });
});

describe("convertIframes", () => {
  it("turns a player iframe into a link to what it played", () => {
    const conversion = startConversion({});
    const html =
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=a&amp;b=1" allowfullscreen></iframe>\n<iframe src="//vk.com/video_ext.php?oid=-1&id=2"></iframe><iframe></iframe>';
    expect(convertIframes(html, conversion)).toBe(
      '<p><a href="https://www.youtube.com/embed/dQw4w9WgXcQ?si=a&amp;b=1">https://www.youtube.com/embed/dQw4w9WgXcQ?si=a&amp;b=1</a></p>\n' +
        '<p><a href="https://vk.com/video_ext.php?oid=-1&amp;id=2">https://vk.com/video_ext.php?oid=-1&amp;id=2</a></p>',
    );
    expect(conversion.log).toMatchObject({ embeds: 2, dropped: ["<iframe></iframe>"] });
  });

  it("replaces the paragraph an iframe stands alone in, and stays inside one it shares", () => {
    const conversion = startConversion({});
    expect(
      convertIframes('<p> <iframe src="https://vk.com/video_ext.php"></iframe></p><p>Видео: <iframe src="https://vk.com/v"></iframe></p>', conversion),
    ).toBe('<p><a href="https://vk.com/video_ext.php">https://vk.com/video_ext.php</a></p><p>Видео: <a href="https://vk.com/v">https://vk.com/v</a></p>');
  });
});
