import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { readEditions } from "./read-editions";
import type { Editions } from "./editions";

/** The site's editions for reader pages; a change expires every page (`site`). */
export async function getEditions(): Promise<Editions> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site);
  return readEditions(db());
}

/** Uncached, for the newsroom. */
export function readSiteEditions(): Promise<Editions> {
  return readEditions(db());
}
