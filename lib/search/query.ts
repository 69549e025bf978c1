import { z } from "zod";
import { withoutControlCharacters } from "@/lib/format/control-characters";

/** Longer queries are refused: nobody types them, and they cost the database for nothing. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_WORDS = 12;

export type SearchQuery = { text: string; words: string[] };

/** A parsed query as a cached read receives it: checked again, since a cache key can be anything. */
export const cachedQuery = z.object({
  text: z.string().min(1).max(MAX_QUERY_LENGTH),
  words: z.array(z.string().min(1).max(MAX_QUERY_LENGTH)).min(1).max(MAX_WORDS),
});
export type QueryProblem = "empty" | "too-long" | "no-words";
export type ParsedQuery = { ok: true; query: SearchQuery } | { ok: false; problem: QueryProblem; text: string };

const rawQuery = z.union([z.string(), z.array(z.string())]).optional();

/** The `q` search parameter as one string (the first when repeated). */
export function queryParam(value: unknown): string {
  const parsed = rawQuery.safeParse(value);
  if (!parsed.success || parsed.data === undefined) return "";
  return withoutControlCharacters(Array.isArray(parsed.data) ? (parsed.data[0] ?? "") : parsed.data);
}

/** Letters and digits, hyphenated names kept whole (Усть-Каменогорск). */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

export function parseSearchQuery(input: string): ParsedQuery {
  const text = input.normalize("NFC").replace(/\s+/g, " ").trim();
  if (text === "") return { ok: false, problem: "empty", text };
  if (text.length > MAX_QUERY_LENGTH) return { ok: false, problem: "too-long", text: text.slice(0, MAX_QUERY_LENGTH) };
  const words = [...new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase()))].slice(0, MAX_WORDS);
  if (words.length === 0) return { ok: false, problem: "no-words", text };
  return { ok: true, query: { text, words } };
}

/**
 * A to_tsquery expression matching every word as a prefix: the fallback for words the
 * stemmer does not know («Өскемен» is stored as «өскеменд» from «Өскеменде»). Words hold
 * only letters, digits and hyphens, which to_tsquery reads as parts of one phrase.
 */
export function prefixTsQuery(words: string[]): string {
  return words
    .map((w) =>
      w
        .split("-")
        .map((part) => `${part}:*`)
        .join(" <-> "),
    )
    .join(" & ");
}
