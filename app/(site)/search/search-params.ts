import { z } from "zod";
import { parseSearchQuery, queryParam, type ParsedQuery } from "@/lib/search/query";

export type SearchParams = Record<string, string | string[] | undefined>;

const pageParam = z.coerce.number().int().min(1).max(1000).catch(1);

export function readSearchParams(params: SearchParams): { parsed: ParsedQuery; page: number } {
  return { parsed: parseSearchQuery(queryParam(params.q)), page: pageParam.parse(queryParam(params.page) || 1) };
}

export function searchHref(text: string, page = 1): string {
  const params = new URLSearchParams({ q: text });
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}
