import { z } from "zod";

/**
 * The home page as editors arrange it («Главная страница»). `blocks: null` is today's home:
 * every top-level category in the menu's order, four cards each.
 */
export type HomeLayout = {
  lead: { kind: "single" | "grid"; size: number; source: "latest" | "pinned"; pinnedIds: number[] };
  blocks: { categoryId: number; count: number }[] | null;
  latestThumbnails: boolean;
};

export const DEFAULT_HOME_LAYOUT: HomeLayout = {
  lead: { kind: "single", size: 1, source: "latest", pinnedIds: [] },
  blocks: null,
  latestThumbnails: false,
};

export const DEFAULT_BLOCK_CARDS = 4;

const ids = z.array(z.number().int().positive()).max(5);

const storedLayout = z.object({
  lead: z.object({
    kind: z.enum(["single", "grid"]),
    size: z.number().int().min(1).max(5),
    source: z.enum(["latest", "pinned"]),
    pinnedIds: ids,
  }),
  blocks: z
    .array(z.object({ categoryId: z.number().int().positive(), count: z.number().int().min(1).max(12) }))
    .max(50)
    .nullable(),
  latestThumbnails: z.boolean(),
});

/** The stored JSON, or today's home when it is missing or does not fit. */
export function parseHomeLayout(value: unknown): HomeLayout {
  const parsed = storedLayout.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_HOME_LAYOUT;
}

/** How many stories the lead shows. */
export function leadSize(layout: HomeLayout): number {
  return layout.lead.kind === "single" ? 1 : Math.min(5, Math.max(3, layout.lead.size));
}

const numbers = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : [v].flat()).map(Number).filter((n) => Number.isInteger(n) && n > 0));

/**
 * The form: the lead's kind, size and source, the pinned articles in order, the categories shown
 * (`block` checkboxes) with their order (`order-<id>`) and card counts (`count-<id>`).
 */
export const homeLayoutInput = z
  .object({
    leadKind: z.enum(["single", "grid"], "Выберите вид главного блока."),
    leadSize: z.coerce.number().int().min(3, "Сетка — от 3 до 5 материалов.").max(5, "Сетка — от 3 до 5 материалов.").default(3),
    leadSource: z.enum(["latest", "pinned"], "Выберите источник."),
    pinned: numbers,
    block: numbers,
    latestThumbnails: z
      .string()
      .optional()
      .transform((v) => v === "on"),
  })
  .passthrough()
  .refine((v) => v.leadSource === "latest" || v.pinned.length > 0, { path: ["pinned"], message: "Выберите закреплённые материалы." });

/** The layout a submitted form describes. */
export function layoutFromInput(input: z.output<typeof homeLayoutInput>): HomeLayout {
  const extra = input as Record<string, unknown>;
  const num = (name: string, fallback: number) => {
    const n = Number(extra[name]);
    return Number.isFinite(n) ? n : fallback;
  };
  const blocks = [...new Set(input.block)]
    .map((categoryId, i) => ({
      categoryId,
      order: num(`order-${categoryId}`, i),
      count: Math.min(12, Math.max(1, Math.trunc(num(`count-${categoryId}`, DEFAULT_BLOCK_CARDS)))),
    }))
    .sort((a, b) => a.order - b.order)
    .map(({ categoryId, count }) => ({ categoryId, count }));
  return {
    lead: {
      kind: input.leadKind,
      size: input.leadKind === "single" ? 1 : input.leadSize,
      source: input.leadSource,
      pinnedIds: [...new Set(input.pinned)].slice(0, 5),
    },
    blocks,
    latestThumbnails: input.latestThumbnails,
  };
}
