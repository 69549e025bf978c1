import { z } from "zod";
import { fromLocalInput, toLocalInput } from "@/lib/articles/local-time";

/** The quick choices of «Срочно до», and a time typed by hand («until») or taking it off («clear»). */
export const BREAKING_CHOICES = ["1h", "3h", "end-of-day", "until", "clear"] as const;

export const breakingInput = z.object({
  articleId: z.coerce.number().int().positive(),
  choice: z.enum(BREAKING_CHOICES, "Неизвестное действие."),
  until: z.string().trim().max(30).default(""),
});

export type BreakingInput = z.infer<typeof breakingInput>;

const HOUR_MS = 3_600_000;

/**
 * When the article leaves the ticker: null to take it off now, or an error when the typed time
 * is malformed or past. «До конца дня» is 23:59 of today in the site's zone.
 */
export function breakingUntilFor(input: BreakingInput, now: Date, timeZone: string): { ok: true; until: Date | null } | { ok: false; message: string } {
  switch (input.choice) {
    case "clear":
      return { ok: true, until: null };
    case "1h":
      return { ok: true, until: new Date(now.getTime() + HOUR_MS) };
    case "3h":
      return { ok: true, until: new Date(now.getTime() + 3 * HOUR_MS) };
    case "end-of-day": {
      const endOfDay = fromLocalInput(`${toLocalInput(now, timeZone).slice(0, 10)}T23:59`, timeZone)!;
      return { ok: true, until: endOfDay };
    }
    case "until": {
      const until = fromLocalInput(input.until, timeZone);
      if (!until) return { ok: false, message: "Укажите дату и время: до какого момента «Срочно»." };
      if (until.getTime() <= now.getTime()) return { ok: false, message: "Это время уже прошло: укажите время в будущем." };
      return { ok: true, until };
    }
  }
}
