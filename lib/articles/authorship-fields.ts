import { z } from "zod";
import { formFields } from "@/lib/actions/form-fields";

/** «Автор» and «Соавторы» in the article form; absent means "leave as they are". */
export const authorshipFields = {
  authorId: formFields.optionalId,
  coAuthorIds: z.preprocess(
    (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).filter((id) => id !== "")),
    z.array(z.coerce.number().int().positive("Неизвестный соавтор.")).max(20, "Не больше 20 соавторов.").optional(),
  ),
};
