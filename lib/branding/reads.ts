import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { readBranding } from "./read-branding";
import type { Branding } from "./types";

/** The outlet's branding for reader pages, feeds and icons. */
export async function getBranding(): Promise<Branding> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site, TAGS.branding);
  return readBranding();
}
