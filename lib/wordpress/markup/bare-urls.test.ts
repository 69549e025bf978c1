import { describe, expect, it } from "vitest";
import { linkBareUrls } from "./bare-urls";
import { startConversion } from "./conversion";

function link(html: string) {
  const conversion = startConversion({});
  return { html: linkBareUrls(html, conversion), embeds: conversion.log.embeds };
}

const paragraph = (url: string) => `<p><a href="${url}">${url}</a></p>`;

describe("linkBareUrls", () => {
  it("links YouTube, Telegram, VK and X URLs alone on their line and counts them as embeds", () => {
    const urls = [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://youtu.be/dQw4w9WgXcQ",
      "https://t.me/vestnik_kz/1024",
      "https://vk.com/wall-1_2",
      "https://x.com/akimat/status/1",
    ];
    expect(link(`Смотрите видео:\n\n${urls.join("\n")}\n\nКонец.`)).toEqual({
      html: `Смотрите видео:\n\n${urls.map(paragraph).join("\n")}\n\nКонец.`,
      embeds: 5,
    });
  });

  it("links a URL alone in its paragraph inside that paragraph", () => {
    expect(link('<p class="x"> https://twitter.com/akimat/status/1 </p>')).toEqual({
      html: '<p class="x"> <a href="https://twitter.com/akimat/status/1">https://twitter.com/akimat/status/1</a> </p>',
      embeds: 1,
    });
  });

  it("links any other URL without counting it as an embed", () => {
    expect(link("Источник:\nhttps://ru.wikipedia.org/wiki/Алматы\n")).toEqual({
      html: `Источник:\n${paragraph("https://ru.wikipedia.org/wiki/Алматы")}\n`,
      embeds: 0,
    });
  });

  it("leaves a URL inside a sentence, a link's text and a code sample alone", () => {
    const html =
      "Смотрите https://youtu.be/dQw4w9WgXcQ здесь.\n<p>Видео: https://t.me/vestnik_kz/1</p>\n" +
      '<a href="https://vk.com/x">\nhttps://vk.com/x\n</a>\n<pre>\nhttps://example.com/api\n</pre>';
    expect(link(html)).toEqual({ html, embeds: 0 });
  });

  it("writes entities in a URL once", () => {
    expect(link("https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42s").html).toBe(paragraph("https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42s"));
    expect(link("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s").html).toBe(paragraph("https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42s"));
  });
});
