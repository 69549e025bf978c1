import { describe, expect, it } from "vitest";
import { startConversion, type ConvertOptions } from "./conversion";
import { expandShortcodes } from "./wordpress-shortcodes";

function expand(content: string, options: ConvertOptions = {}) {
  const conversion = startConversion(options);
  const html = expandShortcodes(content, conversion);
  const { log } = conversion;
  return { html, embeds: log.embeds, unknown: [...log.unknownShortcodes], dropped: log.dropped, unresolved: [...log.unresolvedAttachments] };
}

const IMG = '<img class="size-large wp-image-12" src="https://old.kz/wp-content/uploads/2019/05/miting-640x427.jpg" alt="Митинг" width="640" height="427" />';

describe("[caption]", () => {
  it("becomes the editor's figure, the text after the picture its caption", () => {
    expect(expand(`[caption id="attachment_12" align="aligncenter" width="640"]${IMG} Участники митинга на площади[/caption]`).html).toBe(
      `<figure>${IMG}<figcaption>Участники митинга на площади</figcaption></figure>`,
    );
  });

  it("keeps the link around the picture", () => {
    const linked = `<a href="https://old.kz/wp-content/uploads/2019/05/miting.jpg">${IMG}</a>`;
    expect(expand(`[caption id="attachment_12" align="alignnone" width="640"]${linked} Фото: <em>пресс-служба</em>[/caption]`).html).toBe(
      `<figure>${linked}<figcaption>Фото: <em>пресс-служба</em></figcaption></figure>`,
    );
  });

  it("reads the older caption attribute, and [wp_caption] alike", () => {
    expect(expand(`[wp_caption id="attachment_3" align="alignleft" width="300" caption="Старая подпись"]${IMG}[/wp_caption]`).html).toBe(
      `<figure>${IMG}<figcaption>Старая подпись</figcaption></figure>`,
    );
  });

  it("leaves the bare picture when there is no caption text", () => {
    expect(expand(`[caption id="attachment_12" width="640"]${IMG} [/caption]`).html).toBe(IMG);
  });

  it("is printed as written when escaped with double brackets", () => {
    expect(expand("Напишите [[caption]] вокруг картинки.").html).toBe("Напишите [caption] вокруг картинки.");
    expect(expand("Пример: [[caption]текст[/caption]].").html).toBe("Пример: [caption]текст[/caption].");
  });
});

describe("unknown shortcodes", () => {
  it("are removed with their content kept, nested ones expanded, and reported once", () => {
    const content = `[su_box title="Справка"][su_row]Текст [caption width="640"]${IMG} Подпись[/caption][/su_row][/su_box] [su_row]ещё[/su_row]`;
    expect(expand(content)).toEqual({
      html: `Текст <figure>${IMG}<figcaption>Подпись</figcaption></figure> ещё`,
      embeds: 0,
      unknown: ["su_box", "su_row"],
      dropped: [],
      unresolved: [],
    });
  });

  it("are known at every depth; stray closing tags go too, a closer of a name never opened stays text", () => {
    expect(expand("[su_box][su_box]вложенный[/su_box][/su_box] [/vc_row]").html).toBe("вложенный [/vc_row]");
    expect(expand("[vc_row][vc_column]текст[/vc_column][/vc_row] [/vc_row]").html).toBe("текст ");
  });

  it("leave bracketed text and brackets inside HTML attributes alone", () => {
    const content = '[contact-form-7 id="5" title="Обратная связь"]Цитата [sic], сноска [1], [Обновлено]. <a href="/x" title="[gallery]">ссылка</a>';
    expect(expand(content)).toEqual({
      html: 'Цитата [sic], сноска [1], [Обновлено]. <a href="/x" title="[gallery]">ссылка</a>',
      embeds: 0,
      unknown: ["contact-form-7"],
      dropped: [],
      unresolved: [],
    });
  });
});

describe("a shortcode alone in a paragraph", () => {
  it("is taken out of the paragraph, as shortcode_unautop() does", () => {
    expect(expand('<p>[embed]https://youtu.be/dQw4w9WgXcQ[/embed]</p>\n<p>&nbsp;[gallery ids="4"] </p><p>Текст [embed]x[/embed]</p>').html).toBe(
      '<p><a href="https://youtu.be/dQw4w9WgXcQ">https://youtu.be/dQw4w9WgXcQ</a></p>\n<p>Текст </p>',
    );
  });
});

describe("[gallery]", () => {
  const attachmentUrl = (id: number) => (id === 13 ? null : `https://old.kz/wp-content/uploads/2020/01/photo-${id}.jpg`);

  it("becomes one figure per resolved attachment; the others are reported", () => {
    expect(expand('[gallery columns="2" ids="11, 12,13"]', { attachmentUrl })).toEqual({
      html:
        '<figure><img src="https://old.kz/wp-content/uploads/2020/01/photo-11.jpg" alt="" /></figure>\n' +
        '<figure><img src="https://old.kz/wp-content/uploads/2020/01/photo-12.jpg" alt="" /></figure>',
      embeds: 0,
      unknown: [],
      dropped: [],
      unresolved: [13],
    });
  });

  it("is dropped and reported when nothing resolves", () => {
    expect(expand("До [gallery] после", { attachmentUrl })).toMatchObject({ html: "До  после", dropped: ["[gallery]"] });
    expect(expand('[gallery ids="4,5"]')).toMatchObject({ html: "", dropped: ['[gallery ids="4,5"]'], unresolved: [4, 5] });
  });
});

describe("embeds", () => {
  it("[embed], [video] and [audio] become link paragraphs and are counted", () => {
    const content = [
      "[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=10[/embed]",
      '[embed width="500"]\nhttps://vk.com/video-1_2\n[/embed]',
      '[video width="1280" height="720" mp4="https://old.kz/wp-content/uploads/2021/03/reportazh.mp4"][/video]',
      '[audio src="https://old.kz/wp-content/uploads/2021/03/intervyu.mp3"]',
    ].join("\n");
    const mediaUrl = (url: string) => url.replace("https://old.kz/wp-content/uploads/", "https://vestnik.kz/media/");
    expect(expand(content, { mediaUrl })).toEqual({
      html: [
        '<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=10">https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=10</a></p>',
        '<p><a href="https://vk.com/video-1_2">https://vk.com/video-1_2</a></p>',
        '<p><a href="https://vestnik.kz/media/2021/03/reportazh.mp4">https://vestnik.kz/media/2021/03/reportazh.mp4</a></p>',
        '<p><a href="https://vestnik.kz/media/2021/03/intervyu.mp3">https://vestnik.kz/media/2021/03/intervyu.mp3</a></p>',
      ].join("\n"),
      embeds: 4,
      unknown: [],
      dropped: [],
      unresolved: [],
    });
  });

  it("Jetpack's [youtube] and [vimeo] become links too", () => {
    expect(expand("[youtube=https://www.youtube.com/watch?v=dQw4w9WgXcQ] [vimeo 76979871]").html).toBe(
      '<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p> <p><a href="https://vimeo.com/76979871">https://vimeo.com/76979871</a></p>',
    );
  });

  it("without a usable URL they are dropped and reported", () => {
    expect(expand('[embed]не ссылка[/embed][video width="640"][/video][playlist ids="1,2"]')).toMatchObject({
      html: "",
      embeds: 0,
      dropped: ["[embed]не ссылка[/embed]", '[video width="640"][/video]', '[playlist ids="1,2"]'],
    });
  });
});
