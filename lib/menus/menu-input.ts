import { z } from "zod";
import { menuUrl } from "./menu-url";

const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);
const optionalId = z
  .string()
  .optional()
  .transform((v) => (v ? Number(v) : null))
  .pipe(z.number().int().positive("Неверный пункт.").nullable());

export const menuLocation = z.enum(["HEADER", "FOOTER_1", "FOOTER_2"], "Выберите меню.");

const label = z.string().trim().max(100, "Название длиннее 100 символов.").default("");

/** A new item: what it points at (by kind), the label shown, and its parent for a dropdown. */
export const menuItemInput = z
  .object({
    location: menuLocation,
    kind: z.enum(["CATEGORY", "PAGE", "URL"], "Выберите, куда ведёт пункт."),
    categoryId: optionalId,
    pageId: optionalId,
    url: z.string().default(""),
    label,
    parentId: optionalId,
  })
  .superRefine((input, ctx) => {
    if (input.kind === "CATEGORY" && input.categoryId === null) ctx.addIssue({ code: "custom", path: ["categoryId"], message: "Выберите рубрику." });
    if (input.kind === "PAGE" && input.pageId === null) ctx.addIssue({ code: "custom", path: ["pageId"], message: "Выберите страницу." });
    if (input.kind !== "URL") return;
    if (input.url.trim() === "") ctx.addIssue({ code: "custom", path: ["url"], message: "Введите адрес." });
    else {
      const parsed = menuUrl.safeParse(input.url);
      if (!parsed.success) ctx.addIssue({ code: "custom", path: ["url"], message: parsed.error.issues[0]!.message });
    }
    if (input.label === "") ctx.addIssue({ code: "custom", path: ["label"], message: "У ссылки должно быть название." });
  })
  .transform((input) => ({ ...input, url: input.kind === "URL" ? input.url.trim() : null }));

export type MenuItemInput = z.output<typeof menuItemInput>;

/** A saved item's label (empty: the category's name or the page's title) and its parent. */
export const menuItemUpdate = z.object({ id: id("Неверный пункт."), label, parentId: optionalId });
export type MenuItemUpdate = z.output<typeof menuItemUpdate>;

export const menuItemMove = z.object({ id: id("Неверный пункт."), direction: z.enum(["up", "down"]) });
export const menuItemRef = z.object({ id: id("Неверный пункт.") });
export const menuRef = z.object({ location: menuLocation });
