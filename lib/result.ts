/** Expected failures are values: callers branch on `ok`, exceptions stay exceptional. */
export type Result<T, E = { code: string; message: string }> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
