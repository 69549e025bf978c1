import { z } from "zod";
import { formFields } from "@/lib/actions/form-fields";

/** Search engines show about this many characters of a title and of a description. */
export const SEO_TITLE_RECOMMENDED = 60;
export const SEO_DESCRIPTION_RECOMMENDED = 160;

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** The article form's SEO and social fields; empty ones mean "as today" (title, lead, cover, own address). */
export const seoFields = {
  seoTitle: z.string().trim().max(200, "SEO-заголовок длиннее 200 символов.").default(""),
  seoDescription: z.string().trim().max(500, "Описание длиннее 500 символов.").default(""),
  socialImageId: formFields.optionalId,
  noindex: z
    .string()
    .optional()
    .transform((v) => v === "on"),
  canonicalUrl: z
    .string()
    .trim()
    .max(2000, "Адрес длиннее 2000 символов.")
    .default("")
    .refine((v) => v === "" || isAbsoluteHttpUrl(v), "Канонический адрес должен быть полным адресом, начинающимся с http:// или https://."),
};

export type SeoValues = { seoTitle: string; seoDescription: string; socialImageId: number | null; noindex: boolean; canonicalUrl: string };
