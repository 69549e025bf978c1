import { describe, expect, it } from "vitest";
import { startConversion } from "./conversion";
import { convertMediaBlocks } from "./media-blocks";

function convert(html: string) {
  const conversion = startConversion({});
  return { html: convertMediaBlocks(html, conversion), embeds: conversion.log.embeds, dropped: conversion.log.dropped };
}

describe("convertMediaBlocks", () => {
  it("turns an embed block into a link paragraph, its caption into a paragraph", () => {
    const html = `<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube","responsive":true} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=dQw4w9WgXcQ
</div><figcaption class="wp-element-caption">Обращение акима</figcaption></figure>
<!-- /wp:embed -->`;
    expect(convert(html)).toEqual({
      html:
        '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube","responsive":true} -->' +
        '<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p><p>Обращение акима</p><!-- /wp:embed -->',
      embeds: 1,
      dropped: [],
    });
  });

  it("reads the URL of an older core-embed block from its wrapper", () => {
    const html =
      '<!-- wp:core-embed/twitter --><figure class="wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/akimat/status/1\n</div></figure><!-- /wp:core-embed/twitter -->';
    expect(convert(html).html).toBe(
      '<!-- wp:core-embed/twitter --><p><a href="https://twitter.com/akimat/status/1">https://twitter.com/akimat/status/1</a></p><!-- /wp:core-embed/twitter -->',
    );
  });

  it("links video and audio files", () => {
    const html =
      '<!-- wp:video {"id":12} --><figure class="wp-block-video"><video controls src="https://old.kz/wp-content/uploads/2024/02/clip.mp4"></video></figure><!-- /wp:video -->' +
      '<!-- wp:audio {"id":13} --><figure class="wp-block-audio"><audio controls src="https://old.kz/wp-content/uploads/2024/02/a.mp3"></audio><figcaption>Запись эфира</figcaption></figure><!-- /wp:audio -->';
    expect(convert(html)).toEqual({
      html:
        '<!-- wp:video {"id":12} --><p><a href="https://old.kz/wp-content/uploads/2024/02/clip.mp4">https://old.kz/wp-content/uploads/2024/02/clip.mp4</a></p><!-- /wp:video -->' +
        '<!-- wp:audio {"id":13} --><p><a href="https://old.kz/wp-content/uploads/2024/02/a.mp3">https://old.kz/wp-content/uploads/2024/02/a.mp3</a></p><p>Запись эфира</p><!-- /wp:audio -->',
      embeds: 2,
      dropped: [],
    });
  });

  it("turns each picture of a gallery into a figure, in both gallery formats", () => {
    const nested = `<!-- wp:gallery {"linkTo":"none"} -->
<figure class="wp-block-gallery has-nested-images"><!-- wp:image {"id":7} -->
<figure class="wp-block-image"><img src="/a.jpg" alt="" class="wp-image-7"/></figure>
<!-- /wp:image -->
<!-- wp:image {"id":8} -->
<figure class="wp-block-image"><img src="/b.jpg" alt="Б" class="wp-image-8"/><figcaption class="wp-element-caption">Вторая</figcaption></figure>
<!-- /wp:image --><figcaption class="blocks-gallery-caption wp-element-caption">Галерея</figcaption></figure>
<!-- /wp:gallery -->`;
    expect(convert(nested).html).toBe(
      '<!-- wp:gallery {"linkTo":"none"} --><figure><img src="/a.jpg" alt="" class="wp-image-7"/></figure>\n' +
        '<figure><img src="/b.jpg" alt="Б" class="wp-image-8"/><figcaption class="wp-element-caption">Вторая</figcaption></figure>\n<p>Галерея</p><!-- /wp:gallery -->',
    );
    const list =
      '<!-- wp:gallery {"ids":[7,8]} --><figure class="wp-block-gallery columns-2"><ul class="blocks-gallery-grid">' +
      '<li class="blocks-gallery-item"><figure><img src="/a.jpg" alt="" data-id="7"/></figure></li>' +
      '<li class="blocks-gallery-item"><figure><img src="/b.jpg" alt="" data-id="8"/><figcaption class="blocks-gallery-item__caption">Вторая</figcaption></figure></li>' +
      "</ul></figure><!-- /wp:gallery -->";
    expect(convert(list).html).toBe(
      '<!-- wp:gallery {"ids":[7,8]} --><figure><img src="/a.jpg" alt="" data-id="7"/></figure>\n' +
        '<figure><img src="/b.jpg" alt="" data-id="8"/><figcaption class="blocks-gallery-item__caption">Вторая</figcaption></figure><!-- /wp:gallery -->',
    );
  });

  it("drops and reports a block it cannot convert, and leaves other blocks alone", () => {
    const html = '<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph --><!-- wp:embed {"providerNameSlug":"x"} --><figure></figure><!-- /wp:embed -->';
    expect(convert(html)).toEqual({
      html: '<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph --><!-- wp:embed {"providerNameSlug":"x"} --><!-- /wp:embed -->',
      embeds: 0,
      dropped: ['<!-- wp:embed {"providerNameSlug":"x"} --><figure></figure><!-- /wp:embed -->'],
    });
  });
});
