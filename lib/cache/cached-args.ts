import { z } from "zod";
import { languageSchema } from "@/lib/i18n/languages";

/**
 * Next lists every "use cache" function in its server-reference manifest, so anyone can call one
 * as a server action, with any arguments. Each checks its own against these, and returns
 * nothing for arguments no page would pass. None takes anything that names a person.
 */
export const cachedArg = {
  id: z.number().int().positive().max(2_147_483_647),
  limit: z.number().int().min(1).max(100),
  offset: z.number().int().min(0).max(100_000),
  page: z.number().int().min(1).max(10_000),
  slug: z.string().min(1).max(200),
  archiveKind: z.enum(["category", "tag", "author"]),
  language: languageSchema,
  /** A static page's path: [slug] or [parent slug, slug]. */
  pagePath: z.array(z.string().min(1).max(200)).min(1).max(2),
} as const;

export function isValid<T>(schema: z.ZodType<T>, value: unknown): value is T {
  return schema.safeParse(value).success;
}
