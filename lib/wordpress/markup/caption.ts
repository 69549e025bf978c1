// SPDX-License-Identifier: GPL-2.0-or-later
// Ported from WordPress (wp-includes), whose licence this file keeps; see README «Переезд с WordPress».
import { phpTrim, WS } from "./php-regex";
import type { ShortcodeHandler } from "./shortcodes";

const IMAGE_THEN_CAPTION = new RegExp(`((?:<a [^>]+>${WS}*)?<img [^>]+>(?:${WS}*</a>)?)([\\s\\S]*)`, "i");

/**
 * img_caption_shortcode() in the editor's form: `<figure><img …><figcaption>…</figcaption></figure>`,
 * a link around the picture kept. The caption is the text after the picture, or (older posts) the
 * `caption` attribute. Unlike WordPress, a missing `width` does not lose the caption.
 */
export const caption: ShortcodeHandler = (shortcode, _conversion, expand) => {
  let content = shortcode.content ?? "";
  let text = shortcode.attributes.named.get("caption");
  if (text === undefined) {
    const match = IMAGE_THEN_CAPTION.exec(content);
    if (match) {
      content = match[1]!;
      text = phpTrim(match[2]!);
    }
  }
  const picture = phpTrim(expand(content));
  const figcaption = expand(text ?? "");
  return figcaption === "" ? picture : `<figure>${picture}<figcaption>${figcaption}</figcaption></figure>`;
};
