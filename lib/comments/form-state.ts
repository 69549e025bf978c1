import type { CommentField, CommentFormValues } from "./input";

export type CommentFormState = {
  status: "idle" | "invalid" | "refused" | "published" | "held";
  message: string;
  errors: Partial<Record<CommentField, string>>;
  values: CommentFormValues;
  commentId: number | null;
};

export const EMPTY_VALUES: CommentFormValues = { content: "", authorName: "", authorEmail: "", authorUrl: "" };

export const initialCommentFormState: CommentFormState = { status: "idle", message: "", errors: {}, values: EMPTY_VALUES, commentId: null };
