import { z } from "zod";
import { parseSearchQuery, queryParam, type ParsedQuery } from "@/lib/search/query";

export type SearchParams = Record<string, string | string[] | undefined>;

const pageParam = z.coerce.number().int().min(1).max(1000).catch(1);

/** "edition": the page's own language (the default); "both": every edition's articles and pages. */
export type SearchScope = "edition" | "both";

export function readSearchParams(params: SearchParams): { parsed: ParsedQuery; page: number; scope: SearchScope } {
  return {
    parsed: parseSearchQuery(queryParam(params.q)),
    page: pageParam.parse(queryParam(params.page) || 1),
    scope: queryParam(params.scope) === "both" ? "both" : "edition",
  };
}

export function searchHref(text: string, page = 1, scope: SearchScope = "edition"): string {
  const params = new URLSearchParams({ q: text });
  if (page > 1) params.set("page", String(page));
  if (scope === "both") params.set("scope", "both");
  return `/search?${params.toString()}`;
}
