import { z } from "zod";
import { withoutControlCharacters } from "@/lib/format/control-characters";
import { fill } from "@/lib/i18n/format";
import { LANGUAGES, type Language } from "@/lib/i18n/languages";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { COMMENT_LIMITS } from "./limits";

type ErrorWords = Messages["comments"]["errors"];

/** «65 525»: thousands apart, as both languages write them. */
const limit = (max: number) => String(max).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
const tooLong = (template: string, max: number) => fill(template, { max: limit(max) });

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/** What a reader types into the comment form, with the site's own wording for each error in `words`' language. */
function commentInputSchemaIn(words: ErrorWords) {
  return z.object({
    content: z.string().trim().min(1, words.contentRequired).max(COMMENT_LIMITS.content, tooLong(words.contentTooLong, COMMENT_LIMITS.content)),
    authorName: z.string().trim().min(1, words.nameRequired).max(COMMENT_LIMITS.authorName, tooLong(words.nameTooLong, COMMENT_LIMITS.authorName)),
    authorEmail: z
      .string()
      .trim()
      .min(1, words.emailRequired)
      .max(COMMENT_LIMITS.authorEmail, tooLong(words.emailTooLong, COMMENT_LIMITS.authorEmail))
      .regex(EMAIL, words.emailInvalid),
    authorUrl: z
      .string()
      .trim()
      .max(COMMENT_LIMITS.authorUrl, tooLong(words.urlTooLong, COMMENT_LIMITS.authorUrl))
      .refine((v) => v === "" || /^https?:\/\/[^\s/$.?#][^\s<>"]*$/i.test(v), words.urlInvalid),
    articleId: z.coerce.number().int().positive(),
    parentId: z.coerce.number().int().positive().nullable(),
    /** «Уведомлять об ответах»: mail replies once the address is confirmed. */
    notifyReplies: z.boolean().optional(),
  });
}

const SCHEMAS = Object.fromEntries(LANGUAGES.map((l) => [l, commentInputSchemaIn(messagesFor(l).comments.errors)])) as Record<
  Language,
  ReturnType<typeof commentInputSchemaIn>
>;

/** The comment's rules in Russian: the newsroom's forms build on them. */
export const commentInputSchema = SCHEMAS.ru;

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

/** The form as posted, its errors worded in `language` (the article's). */
export function parseCommentForm(form: FormData, language: Language = "ru") {
  const parent = text(form, "comment_parent");
  return SCHEMAS[language].safeParse({
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
