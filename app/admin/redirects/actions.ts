"use server";
import { staffAction } from "@/lib/actions/define-action";
import { fail, failField, succeed, type ActionResult } from "@/lib/actions/result";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";
import { newRedirectInput, redirectRef, redirectTargetInput } from "@/lib/redirects/redirect-input";
import { createRedirect, deleteRedirect, updateRedirectTarget, type RedirectOutcome } from "@/lib/redirects/writes";

/**
 * The server's in-memory table reloads on the Redirect table's change notification; expiring the
 * tag here as well is what every newsroom write does for read-your-writes.
 */
async function done(outcome: RedirectOutcome): Promise<ActionResult> {
  if (!outcome.ok) return outcome.field ? failField(outcome.field, outcome.message) : fail(outcome.message);
  await invalidateAfterWrite({ t: "Redirect" });
  return succeed(outcome.message);
}

export const createRedirectAction = staffAction("redirects.manage", newRedirectInput, async (staff, input) => done(await createRedirect(staff, input)));

export const updateRedirectAction = staffAction("redirects.manage", redirectTargetInput, async (staff, input) =>
  done(await updateRedirectTarget(staff, input.from, input.to)),
);

export const deleteRedirectAction = staffAction("redirects.manage", redirectRef, async (staff, input) => done(await deleteRedirect(staff, input.from)), {
  invalid: "Неверный запрос.",
});
