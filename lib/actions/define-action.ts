import "server-only";
import { z } from "zod";
import type { Capability } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/sessions";
import { adminAction } from "./admin-action";
import { formInput } from "./form-input";
import { fail, INVALID_FORM, type ActionResult } from "./result";

type Options = {
  /** Said when the input does not parse, instead of listing field errors (for hidden inputs). */
  invalid?: string;
};

function parse<S extends z.ZodType>(schema: S, formData: unknown, options: Options): { ok: true; data: z.output<S> } | ReturnType<typeof fail> {
  const parsed = schema.safeParse(formInput(formData));
  if (parsed.success) return { ok: true, data: parsed.data };
  if (options.invalid) return fail(options.invalid);
  return fail(INVALID_FORM, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
}

/**
 * The one way to write a newsroom form action (for useActionState): checks the session and
 * `capability` (lib/actions/admin-action.ts), parses the form with `schema`, runs `run` with the
 * parsed input, and returns one result type.
 */
export function staffAction<S extends z.ZodType, T extends object = object>(
  capability: Capability,
  schema: S,
  run: (staff: Staff, input: z.output<S>, formData: FormData) => Promise<ActionResult<T>>,
  options: Options = {},
): (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>> {
  return adminAction(capability, async (staff, _previous: ActionResult<T>, formData: FormData): Promise<ActionResult<T>> => {
    const parsed = parse(schema, formData, options);
    return parsed.ok ? run(staff, parsed.data, formData) : parsed;
  });
}

/**
 * The same for a plain form that navigates afterwards (`<form action={…}>`, no state): an input
 * that does not parse goes to `invalidRedirect`.
 */
export function staffSubmit<S extends z.ZodType>(
  capability: Capability,
  schema: S,
  run: (staff: Staff, input: z.output<S>) => Promise<void>,
  invalidRedirect: (formData: unknown) => never,
): (formData: FormData) => Promise<void> {
  return adminAction(capability, async (staff, formData: FormData): Promise<void> => {
    const parsed = schema.safeParse(formInput(formData));
    if (!parsed.success) invalidRedirect(formData);
    return run(staff, parsed.data);
  });
}

/** For the few actions open to anyone (signing in): the same parsing and result, no session. */
export function publicAction<S extends z.ZodType, T extends object = object>(
  schema: S,
  run: (input: z.output<S>, formData: FormData) => Promise<ActionResult<T>>,
  options: Options = {},
): (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>> {
  return async (_previous, formData) => {
    const parsed = parse(schema, formData, options);
    return parsed.ok ? run(parsed.data, formData) : parsed;
  };
}
