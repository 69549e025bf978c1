import { z } from "zod";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Field schemas the newsroom's article and page forms share, with the messages the editor sees. */
export const formFields = {
  /** A hidden id: absent or empty for a new item. */
  optionalId: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().positive().nullable()),
  title: z.string().trim().min(1, "Введите заголовок.").max(300, "Заголовок длиннее 300 символов."),
  /** An address typed by hand; empty means "make one from the title". */
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80, "Адрес длиннее 80 символов.")
    .refine((s) => s === "" || SLUG.test(s), "Адрес: только латинские буквы, цифры и дефисы."),
};
