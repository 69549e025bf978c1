/**
 * What every form action returns (and useActionState holds): success with a message and any
 * data, or failure with a message and the errors of each field. Failures people can cause are
 * values of this type, never exceptions.
 */
export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionResult<T extends object = object> =
  ({ ok: true; message: string; fieldErrors?: undefined } & T) | { ok: false; message: string; fieldErrors: FieldErrors };

/** The state before the first submission: nothing to say yet. */
export const IDLE: ActionResult<never> = { ok: false, message: "", fieldErrors: {} };

export const INVALID_FORM = "Исправьте ошибки в форме.";

export function succeed(message: string): ActionResult;
export function succeed<T extends object>(message: string, data: T): ActionResult<T>;
export function succeed<T extends object>(message: string, data?: T): ActionResult<T> {
  return { ...(data as T), ok: true, message };
}

export function fail(message: string, fieldErrors: FieldErrors = {}): { ok: false; message: string; fieldErrors: FieldErrors } {
  return { ok: false, message, fieldErrors };
}

/** A failure about one field, shown beside it. */
export function failField(field: string, message: string): { ok: false; message: string; fieldErrors: FieldErrors } {
  return fail(INVALID_FORM, { [field]: [message] });
}

/** A domain function's `{ ok, message }` as a result. */
export function fromOutcome(outcome: { ok: boolean; message: string }): ActionResult {
  return outcome.ok ? succeed(outcome.message) : fail(outcome.message);
}
