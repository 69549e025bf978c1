import { z } from "zod";
import { formFields } from "@/lib/actions/form-fields";
import { LANGUAGES } from "@/lib/i18n/languages";

/** The page form as the server reads it; messages are what the editor sees beside each field. */
export const pageInput = z.object({
  id: formFields.optionalId,
  title: formFields.title,
  slug: formFields.slug.default(""),
  bodyHtml: z.string().max(1_000_000, "Текст слишком длинный.").default(""),
  status: z.enum(["DRAFT", "PUBLISHED"], "Выберите статус."),
  parentId: formFields.optionalId,
  position: z.coerce
    .number({ error: "Порядок — целое число." })
    .int("Порядок — целое число.")
    .min(0, "Порядок не меньше 0.")
    .max(10_000, "Порядок не больше 10 000.")
    .default(0),
  /** The edition the page appears in; a form without it (a script's) keeps Russian. */
  language: z.enum(LANGUAGES, "Неизвестный язык.").default("ru"),
});

export type PageInput = z.infer<typeof pageInput>;
