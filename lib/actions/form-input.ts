import { withoutControlCharacters } from "@/lib/format/control-characters";

/**
 * A form's fields as zod sees them: strings with control characters dropped; a name sent more
 * than once (checkboxes) becomes an array; files are left to the handler.
 */
export function formInput(formData: unknown): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  // An action is an endpoint: called by hand, "formData" can be anything.
  if (!(formData instanceof FormData)) return out;
  for (const key of new Set(formData.keys())) {
    const values = formData
      .getAll(key)
      .filter((v): v is string => typeof v === "string")
      .map(withoutControlCharacters);
    if (values.length === 1) out[key] = values[0]!;
    else if (values.length > 1) out[key] = values;
  }
  return out;
}
