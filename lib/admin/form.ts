import { z } from "zod";
import { withoutControlCharacters } from "@/lib/format/control-characters";

/** What a newsroom form action returns to useActionState. */
export type FormState = { errors?: Record<string, string[] | undefined>; message?: string; ok?: boolean };

export const initialFormState: FormState = {};

export function fieldErrors(error: z.ZodError): FormState {
  return { errors: z.flattenError(error).fieldErrors as Record<string, string[]>, message: "Исправьте ошибки в форме." };
}

/** FormData as a plain object of strings, control characters dropped (files and repeated keys are read separately). */
export function formFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  // An action is an endpoint: called by hand, "formData" can be anything.
  if (!(formData instanceof FormData)) return out;
  for (const [key, value] of formData) if (typeof value === "string" && !(key in out)) out[key] = withoutControlCharacters(value);
  return out;
}
