import { z } from "zod";

const text = (max: number) => z.string().max(max).default("");
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number().int().positive().optional());

/**
 * The editor's form as an autosave reads it: anything half-typed is kept, so nothing is
 * required; a missing category falls back to the article's own.
 */
export const autosaveInput = z.object({
  id: optionalId,
  title: text(300),
  slug: text(200),
  lead: text(1000),
  bodyHtml: text(1_000_000),
  categoryId: optionalId,
  categoryIds: z.preprocess(
    (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((id) => id !== "")),
    z.array(z.coerce.number().int().positive()).max(50),
  ),
  tags: text(2000).transform((s) =>
    s
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean)
      .slice(0, 30),
  ),
  coverId: optionalId,
  coverAlt: text(300),
  coverCaption: text(500),
  mustRead: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

export type AutosaveInput = z.infer<typeof autosaveInput>;
