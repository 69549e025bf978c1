"use client";
import { startTransition, useActionState, type FormEvent } from "react";

/**
 * useActionState for a form submitted by hand: React resets a form after its `action` prop runs,
 * which would wipe everything typed when the server refuses it for one field.
 */
export function useKeptForm<S>(action: (state: Awaited<S>, data: FormData) => S | Promise<S>, initial: Awaited<S>) {
  const [state, dispatch, pending] = useActionState(action, initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return [state, onSubmit, pending] as const;
}
