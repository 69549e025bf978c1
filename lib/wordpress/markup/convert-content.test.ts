import { describe, expect, it } from "vitest";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";
import { convertWordPressContent } from "./convert-content";

const OLD = "https://old.kz/wp-content/uploads/";
const NEW = "https://vestnik.kz/media/";
const mediaUrl = (url: string) => (url.startsWith(OLD) ? NEW + url.slice(OLD.length) : null);
const attachmentUrl = (id: number) => (id === 99 ? null : `${OLD}2020/01/photo-${id}.jpg`);

const CLASSIC = `В Алматы прошёл митинг. Полиция сообщила о задержаниях.
Подробности уточняются.

[caption id="attachment_12" align="aligncenter" width="640"]<a href="${OLD}2019/05/miting.jpg"><img class="size-large wp-image-12" src="${OLD}2019/05/miting-640x427.jpg" alt="Митинг" width="640" height="427" /></a> Участники митинга на площади Республики[/caption]

<!--more-->

Обращение акима:

https://www.youtube.com/watch?v=dQw4w9WgXcQ

Смотрите также https://t.me/vestnik_kz/1024 — там подробнее.
https://vk.com/wall-1_2
https://x.com/akimat/status/1

<blockquote>Мы будем работать дальше.
— Аким города</blockquote>

[gallery ids="11,12,99"]

Код запроса:
<pre>GET /api/v1/news?city=almaty

Ответ: 200</pre>
Путь: C:\\Users\\редакция\\фото — [[caption]] в тексте.

[embed]https://vk.com/video-1_456[/embed]
[su_note note_color="#eee"]Примечание редакции.[/su_note]`;

const CLASSIC_FIGURE =
  `<figure><a href="${NEW}2019/05/miting.jpg"><img class="size-large wp-image-12" src="${NEW}2019/05/miting-640x427.jpg" alt="Митинг" width="640" height="427" /></a>` +
  "<figcaption>Участники митинга на площади Республики</figcaption></figure>";

const GUTENBERG = `<!-- wp:paragraph -->
<p>В Астане открыли новый мост. Движение запустят <strong>в понедельник</strong>.</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading">Что изменится</h2>
<!-- /wp:heading -->

<!-- wp:image {"id":21,"sizeSlug":"large","linkDestination":"media"} -->
<figure class="wp-block-image size-large"><a href="${OLD}2024/05/most.jpg"><img src="${OLD}2024/05/most-1024x683.jpg" alt="Новый мост" class="wp-image-21"/></a><figcaption class="wp-element-caption">Мост через Есиль. Фото: пресс-служба акимата</figcaption></figure>
<!-- /wp:image -->

<!-- wp:list -->
<ul class="wp-block-list"><!-- wp:list-item -->
<li>четыре полосы;</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>велодорожка.</li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>Мост разгрузит центр.</p>
<!-- /wp:paragraph --></blockquote>
<!-- /wp:quote -->

<!-- wp:separator -->
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<!-- /wp:separator -->

<!-- wp:embed {"url":"https://t.me/vestnik_kz/2048","type":"rich","providerNameSlug":"telegram"} -->
<figure class="wp-block-embed is-type-rich is-provider-telegram wp-block-embed-telegram"><div class="wp-block-embed__wrapper">
https://t.me/vestnik_kz/2048
</div></figure>
<!-- /wp:embed -->

<!-- wp:paragraph -->
<p>https://vk.com/video-1_789</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Источник: https://astana.gov.kz/ru/news/1 (на русском).</p>
<!-- /wp:paragraph -->`;

describe("convertWordPressContent", () => {
  it("converts a classic-editor post: paragraphs, caption, embeds, gallery, pre and shortcodes", () => {
    expect(convertWordPressContent(CLASSIC, { mediaUrl, attachmentUrl })).toEqual({
      html: [
        "<p>В Алматы прошёл митинг. Полиция сообщила о задержаниях.<br />\nПодробности уточняются.</p>",
        CLASSIC_FIGURE,
        "<p>Обращение акима:</p>",
        '<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>',
        "<p>Смотрите также https://t.me/vestnik_kz/1024 — там подробнее.</p>",
        '<p><a href="https://vk.com/wall-1_2">https://vk.com/wall-1_2</a></p>',
        '<p><a href="https://x.com/akimat/status/1">https://x.com/akimat/status/1</a></p>',
        "<blockquote><p>Мы будем работать дальше.<br />\n— Аким города</p></blockquote>",
        `<figure><img src="${NEW}2020/01/photo-11.jpg" alt="" /></figure>`,
        `<figure><img src="${NEW}2020/01/photo-12.jpg" alt="" /></figure>`,
        "<p>Код запроса:</p>",
        "<pre>GET /api/v1/news?city=almaty\n\nОтвет: 200</pre>",
        "<p>Путь: C:\\Users\\редакция\\фото — [caption] в тексте.</p>",
        '<p><a href="https://vk.com/video-1_456">https://vk.com/video-1_456</a></p>',
        "<p>Примечание редакции.</p>",
      ].join("\n"),
      embeds: 4,
      unknownShortcodes: ["su_note"],
      dropped: [],
      unresolvedAttachments: [99],
    });
  });

  it("converts a block-editor post without paragraphing it again", () => {
    expect(convertWordPressContent(GUTENBERG, { mediaUrl })).toEqual({
      html: [
        "<p>В Астане открыли новый мост. Движение запустят <strong>в понедельник</strong>.</p>",
        '<h2 class="wp-block-heading">Что изменится</h2>',
        `<figure class="wp-block-image size-large"><a href="${NEW}2024/05/most.jpg"><img src="${NEW}2024/05/most-1024x683.jpg" alt="Новый мост" class="wp-image-21"/></a>` +
          '<figcaption class="wp-element-caption">Мост через Есиль. Фото: пресс-служба акимата</figcaption></figure>',
        '<ul class="wp-block-list">\n<li>четыре полосы;</li>\n<li>велодорожка.</li>\n</ul>',
        '<blockquote class="wp-block-quote">\n<p>Мост разгрузит центр.</p>\n</blockquote>',
        '<hr class="wp-block-separator has-alpha-channel-opacity"/>',
        '<p><a href="https://t.me/vestnik_kz/2048">https://t.me/vestnik_kz/2048</a></p>',
        '<p><a href="https://vk.com/video-1_789">https://vk.com/video-1_789</a></p>',
        "<p>Источник: https://astana.gov.kz/ru/news/1 (на русском).</p>",
      ].join("\n"),
      embeds: 2,
      unknownShortcodes: [],
      dropped: [],
      unresolvedAttachments: [],
    });
  });

  it("gives the sanitizer figures, captions and links it keeps", () => {
    const classic = sanitizeArticleHtml(convertWordPressContent(CLASSIC, { mediaUrl, attachmentUrl }).html);
    expect(classic).toContain(
      `<figure><a href="${NEW}2019/05/miting.jpg"><img src="${NEW}2019/05/miting-640x427.jpg" alt="Митинг" width="640" height="427" /></a>` +
        "<figcaption>Участники митинга на площади Республики</figcaption></figure>",
    );
    expect(classic).toContain(`<figure><img src="${NEW}2020/01/photo-11.jpg" alt="" /></figure>`);
    expect(classic).toContain('<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>');

    expect(sanitizeArticleHtml(convertWordPressContent(GUTENBERG, { mediaUrl }).html)).toBe(
      [
        "<p>В Астане открыли новый мост. Движение запустят <strong>в понедельник</strong>.</p>",
        "<h2>Что изменится</h2>",
        `<figure><a href="${NEW}2024/05/most.jpg"><img src="${NEW}2024/05/most-1024x683.jpg" alt="Новый мост" /></a><figcaption>Мост через Есиль. Фото: пресс-служба акимата</figcaption></figure>`,
        "<ul>\n<li>четыре полосы;</li>\n<li>велодорожка.</li>\n</ul>",
        "<blockquote>\n<p>Мост разгрузит центр.</p>\n</blockquote>",
        "<hr />",
        '<p><a href="https://t.me/vestnik_kz/2048">https://t.me/vestnik_kz/2048</a></p>',
        '<p><a href="https://vk.com/video-1_789">https://vk.com/video-1_789</a></p>',
        "<p>Источник: https://astana.gov.kz/ru/news/1 (на русском).</p>",
      ].join("\n"),
    );
  });

  it("gives a caption figure the editor reads back as a figure", () => {
    const { html } = convertWordPressContent('[caption id="attachment_3" width="300"]<img src="https://old.kz/a.jpg" alt="Аким" /> Аким города[/caption]');
    expect(sanitizeArticleHtml(html)).toBe('<figure><img src="https://old.kz/a.jpg" alt="Аким" /><figcaption>Аким города</figcaption></figure>');
  });

  it("handles Windows line endings and empty content", () => {
    expect(convertWordPressContent("Первый\r\n\r\nВторой\r\nтретий").html).toBe("<p>Первый</p>\n<p>Второй<br />\nтретий</p>");
    expect(convertWordPressContent("")).toEqual({ html: "", embeds: 0, unknownShortcodes: [], dropped: [], unresolvedAttachments: [] });
  });
});
