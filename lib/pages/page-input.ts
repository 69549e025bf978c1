import { z } from "zod";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const optionalId = z
  .string()
  .optional()
  .transform((v) => (v ? Number(v) : null))
  .pipe(z.number().int().positive().nullable());

/** The page form as the server reads it; messages are what the editor sees beside each field. */
export const pageInput = z.object({
  id: optionalId,
  title: z.string().trim().min(1, "Введите заголовок.").max(300, "Заголовок длиннее 300 символов."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80, "Адрес длиннее 80 символов.")
    .refine((s) => s === "" || SLUG.test(s), "Адрес: только латинские буквы, цифры и дефисы.")
    .default(""),
  bodyHtml: z.string().max(1_000_000, "Текст слишком длинный.").default(""),
  status: z.enum(["DRAFT", "PUBLISHED"], "Выберите статус."),
  parentId: optionalId,
  position: z.coerce
    .number({ error: "Порядок — целое число." })
    .int("Порядок — целое число.")
    .min(0, "Порядок не меньше 0.")
    .max(10_000, "Порядок не больше 10 000.")
    .default(0),
});

export type PageInput = z.infer<typeof pageInput>;
