import { z } from "zod";
import { formFields } from "@/lib/actions/form-fields";
import { authorshipFields } from "./authorship-fields";
import { seoFields } from "./seo-fields";
import { LANGUAGES } from "@/lib/i18n/languages";

/** Checked boxes arrive as one string or several; the editor's empty hidden field marks the list as sent. */
const checkedIds = z.preprocess(
  (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).filter((id) => id !== "")),
  z
    .array(z.coerce.number({ error: "Неизвестная рубрика." }).int("Неизвестная рубрика.").positive("Неизвестная рубрика."))
    .max(50, "Не больше 50 рубрик.")
    .optional(),
);

/**
 * The article form as the server reads it; messages are what the editor sees beside each field.
 * `categoryId` is the primary category, `categoryIds` all of them; a form without the category
 * list (a script's) puts the article in its primary category only.
 */
export const articleInput = z
  .object({
    id: formFields.optionalId,
    title: formFields.title,
    slug: formFields.slug,
    lead: z.string().trim().max(1000, "Лид длиннее 1000 символов.").default(""),
    bodyHtml: z.string().max(1_000_000, "Текст слишком длинный.").default(""),
    categoryId: z.coerce.number({ error: "Выберите основную рубрику." }).int().positive("Выберите основную рубрику."),
    categoryIds: checkedIds,
    tags: z
      .string()
      .default("")
      .transform((s) => [
        ...new Map(
          s
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean)
            .map((t) => [t.toLowerCase(), t]),
        ).values(),
      ])
      .pipe(z.array(z.string().max(60, "Метка длиннее 60 символов.")).max(30, "Не больше 30 меток.")),
    coverId: formFields.optionalId,
    coverAlt: z.string().trim().max(300, "Описание длиннее 300 символов.").default(""),
    coverCaption: z.string().trim().max(500, "Подпись длиннее 500 символов.").default(""),
    mustRead: z
      .string()
      .optional()
      .transform((v) => v === "on"),
    intent: z.enum(["draft", "pending", "publish"], "Неизвестное действие."),
    /** The article's version the form was loaded from (lib/articles/edit-guard.ts); absent: not checked. */
    version: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).optional()),
    publishedAt: z.string().trim().default(""),
    ...seoFields,
    ...authorshipFields,
    language: z.enum(LANGUAGES, "Неизвестный язык.").default("ru"),
    /** The article this one translates (the editor's «Перевод» link sends it). */
    translationOfId: formFields.optionalId,
  })
  .superRefine((input, ctx) => {
    if (input.categoryIds === undefined) return;
    if (input.categoryIds.length === 0) ctx.addIssue({ code: "custom", path: ["categoryIds"], message: "Выберите хотя бы одну рубрику." });
    else if (!input.categoryIds.includes(input.categoryId)) {
      ctx.addIssue({ code: "custom", path: ["categoryId"], message: "Основная рубрика должна быть среди отмеченных." });
    }
  })
  .transform((input) => ({ ...input, categoryIds: [...new Set([input.categoryId, ...(input.categoryIds ?? [])])] }));

export type ArticleInput = z.infer<typeof articleInput>;
