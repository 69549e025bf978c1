import { caption } from "./caption";
import type { Conversion } from "./conversion";
import { gallery } from "./gallery";
import { embed, jetpackVideo, mediaFile, playlist } from "./media-shortcodes";
import { doShortcodes, type ShortcodeHandler } from "./shortcodes";

const HANDLERS = new Map<string, ShortcodeHandler>([
  ["caption", caption],
  ["wp_caption", caption],
  ["gallery", gallery],
  ["embed", embed],
  ["video", mediaFile("video")],
  ["audio", mediaFile("audio")],
  ["playlist", playlist],
  ["youtube", jetpackVideo],
  ["vimeo", jetpackVideo],
]);

/** WordPress's media shortcodes converted, any other shortcode unwrapped and logged. */
export function expandShortcodes(content: string, conversion: Conversion): string {
  return doShortcodes(content, HANDLERS, conversion);
}
