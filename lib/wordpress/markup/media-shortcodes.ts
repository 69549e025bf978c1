import type { Conversion } from "./conversion";
import { decodeEntities } from "./html-text";
import { embedParagraph } from "./links";
import { phpTrim } from "./php-regex";
import type { Shortcode, ShortcodeHandler } from "./shortcodes";

function embedOrDrop(rawUrl: string | undefined, shortcode: Shortcode, conversion: Conversion): string {
  const paragraph = rawUrl === undefined ? null : embedParagraph(decodeEntities(phpTrim(rawUrl)), conversion);
  if (paragraph === null) {
    conversion.log.dropped.push(shortcode.source);
    return "";
  }
  conversion.log.embeds++;
  return paragraph;
}

/** `[embed]URL[/embed]`, or `[embed src="URL"]` as WP_Embed::shortcode() also accepts. */
export const embed: ShortcodeHandler = (shortcode, conversion) => {
  const url = phpTrim(shortcode.content ?? "");
  return embedOrDrop(url === "" ? shortcode.attributes.named.get("src") : url, shortcode, conversion);
};

// wp_get_video_extensions() and wp_get_audio_extensions(): the Add Media dialog writes the file
// under its extension (`[video mp4="…"]`) rather than `src`.
const EXTENSIONS = { video: ["mp4", "m4v", "webm", "ogv", "flv"], audio: ["mp3", "ogg", "flac", "m4a", "wav"] } as const;

export function mediaFile(kind: keyof typeof EXTENSIONS): ShortcodeHandler {
  return (shortcode, conversion) => {
    const { named } = shortcode.attributes;
    const src = [named.get("src"), ...EXTENSIONS[kind].map((extension) => named.get(extension))].find((value) => value !== undefined && value !== "");
    return embedOrDrop(src, shortcode, conversion);
  };
}

const BARE_ID: Readonly<Record<string, (id: string) => string | undefined>> = {
  youtube: (id) => (/^[\w-]{11}$/.test(id) ? `https://www.youtube.com/watch?v=${id}` : undefined),
  vimeo: (id) => (/^\d+$/.test(id) ? `https://vimeo.com/${id}` : undefined),
};

/** Jetpack's `[youtube URL]`, `[youtube=URL]` and `[vimeo ID]`. */
export const jetpackVideo: ShortcodeHandler = (shortcode, conversion) => {
  const written = phpTrim(shortcode.attributesText.replace(/^=/, "")).split(/[\t\n\v\f\r ]+/)[0] || phpTrim(shortcode.content ?? "");
  const url = /^https?:/i.test(written) ? written : BARE_ID[shortcode.name]?.(written);
  return embedOrDrop(url, shortcode, conversion);
};

/** `[playlist]` lists the post's attachments, which the content alone cannot name. */
export const playlist: ShortcodeHandler = (shortcode, conversion) => {
  conversion.log.dropped.push(shortcode.source);
  return "";
};
