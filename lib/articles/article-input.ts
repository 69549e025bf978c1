import { z } from "zod";
import { formFields } from "@/lib/actions/form-fields";

/** The article form as the server reads it; messages are what the editor sees beside each field. */
export const articleInput = z.object({
  id: formFields.optionalId,
  title: formFields.title,
  slug: formFields.slug,
  lead: z.string().trim().max(1000, "Лид длиннее 1000 символов.").default(""),
  bodyHtml: z.string().max(1_000_000, "Текст слишком длинный.").default(""),
  categoryId: z.coerce.number({ error: "Выберите рубрику." }).int().positive("Выберите рубрику."),
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
  publishedAt: z.string().trim().default(""),
});

export type ArticleInput = z.infer<typeof articleInput>;
