import { MIN_FORM_FILL_MS } from "./limits";

/** The hidden field only bots fill in. */
export const HONEYPOT_FIELD = "homepage";

export type BotSignals = {
  honeypot: string;
  /** ms between the page loading and the post, measured in the browser by the form's script */
  elapsedInBrowserMs: number | null;
  /** ms since the server rendered the form (a cached form is older than its reader's visit) */
  formAgeMs: number | null;
};

/** Why a post looks automated, or null. Such posts are filed as spam without telling the sender. */
export function botReason(signals: BotSignals): string | null {
  if (signals.honeypot.trim() !== "") return "honeypot filled in";
  if (signals.formAgeMs === null) return "missing or forged form token";
  if (signals.formAgeMs < MIN_FORM_FILL_MS) return "posted too soon after the form was rendered";
  if (signals.elapsedInBrowserMs !== null && signals.elapsedInBrowserMs < MIN_FORM_FILL_MS) return "posted too soon after the page loaded";
  return null;
}
