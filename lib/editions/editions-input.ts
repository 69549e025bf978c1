import { z } from "zod";
import { editionsSchema } from "./editions";

/** «Языки сайта» as the form sends it: a checkbox per language (one value or several) and the default. */
export const editionsInput = z.preprocess((raw) => {
  const form = (raw ?? {}) as Record<string, unknown>;
  const enabled = form.enabled === undefined ? [] : Array.isArray(form.enabled) ? form.enabled : [form.enabled];
  return { enabled, default: form.default };
}, editionsSchema);
