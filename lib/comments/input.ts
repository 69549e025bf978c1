import { z } from "zod";
import { withoutControlCharacters } from "@/lib/format/control-characters";
import { COMMENT_LIMITS } from "./limits";

const limit = (max: number) => String(max).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
const tooLong = (what: string, max: number) => `${what}: не более ${limit(max)} символов.`;

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/** What a reader types into the comment form, with the site's own wording for each error. */
export const commentInputSchema = z.object({
  content: z
    .string()
    .trim()
    .min(1, "Пожалуйста, введите ваш комментарий!")
    .max(COMMENT_LIMITS.content, tooLong("Комментарий слишком длинный", COMMENT_LIMITS.content)),
  authorName: z
    .string()
    .trim()
    .min(1, "пожалуйста, введите ваше имя здесь")
    .max(COMMENT_LIMITS.authorName, tooLong("Имя слишком длинное", COMMENT_LIMITS.authorName)),
  authorEmail: z
    .string()
    .trim()
    .min(1, "Пожалуйста, введите адрес электронной почты здесь")
    .max(COMMENT_LIMITS.authorEmail, tooLong("Адрес электронной почты слишком длинный", COMMENT_LIMITS.authorEmail))
    .regex(EMAIL, "Вы ввели неверный адрес электронной почты!"),
  authorUrl: z
    .string()
    .trim()
    .max(COMMENT_LIMITS.authorUrl, tooLong("Адрес сайта слишком длинный", COMMENT_LIMITS.authorUrl))
    .refine((v) => v === "" || /^https?:\/\/[^\s/$.?#][^\s<>"]*$/i.test(v), "Пожалуйста, введите адрес сайта, начиная с http:// или https://"),
  articleId: z.coerce.number().int().positive(),
  parentId: z.coerce.number().int().positive().nullable(),
  /** «Уведомлять об ответах»: mail replies once the address is confirmed. */
  notifyReplies: z.boolean().optional(),
});

export type CommentInput = z.infer<typeof commentInputSchema>;
/** The form's checkbox «Уведомлять об ответах». */
export const NOTIFY_REPLIES_FIELD = "notify_replies";
export type CommentField = "content" | "authorName" | "authorEmail" | "authorUrl";

/** The form's values as typed, to show again beside an error. */
export type CommentFormValues = Record<CommentField, string>;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? withoutControlCharacters(value) : "";
}

export function formValues(form: FormData): CommentFormValues {
  return {
    content: text(form, "comment"),
    authorName: text(form, "author"),
    authorEmail: text(form, "email"),
    authorUrl: text(form, "url"),
  };
}

export function parseCommentForm(form: FormData) {
  const parent = text(form, "comment_parent");
  return commentInputSchema.safeParse({
    ...formValues(form),
    articleId: text(form, "comment_post_ID"),
    parentId: parent === "" || parent === "0" ? null : parent,
    notifyReplies: text(form, NOTIFY_REPLIES_FIELD) === "yes",
  });
}

/** The first message for each field, in the form's terms. */
export function fieldErrors(error: z.ZodError): Partial<Record<CommentField, string>> {
  const out: Partial<Record<CommentField, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as CommentField;
    out[field] ??= issue.message;
  }
  return out;
}
