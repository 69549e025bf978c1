import { MIN_FORM_FILL_MS } from "./limits";
import type { ViewTokenCheck } from "./view-token";

/** The hidden field only bots fill in. */
export const HONEYPOT_FIELD = "homepage";

export type BotSignals = {
  honeypot: string;
  /**
   * The view token the form's script fetched when the page opened, checked against the
   * article (null: none was sent, as from a browser without JavaScript).
   */
  view: ViewTokenCheck | null;
  /** ms since the server rendered the form (a cached form is older than its reader's visit) */
  formAgeMs: number | null;
};

/** Why a post looks automated, or null. Such posts are filed as spam without telling the sender. */
export function botReason(signals: BotSignals): string | null {
  if (signals.honeypot.trim() !== "") return "honeypot filled in";
  if (signals.view !== null) {
    if (!signals.view.ok) return signals.view.reason;
    return signals.view.ageMs < MIN_FORM_FILL_MS ? "posted too soon after the page opened" : null;
  }
  if (signals.formAgeMs === null) return "missing or forged form token";
  if (signals.formAgeMs < MIN_FORM_FILL_MS) return "posted too soon after the form was rendered";
  return null;
}
