"use server";
import { z } from "zod";
import { staffAction } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { deleteUnusedMedia, setMediaAlt } from "@/lib/media/library";

const id = z.coerce.number().int().positive();

export const setAltAction = staffAction(
  "media.upload",
  z.object({ id, alt: z.string().trim().max(300, "Описание длиннее 300 символов.") }),
  async (_staff, input) => ((await setMediaAlt(input.id, input.alt)) ? succeed("Сохранено.") : fail("Изображение не найдено.")),
);

export const deleteMediaAction = staffAction(
  "articles.editOthers",
  z.object({ id }),
  async (_staff, input) => {
    const result = await deleteUnusedMedia(input.id);
    return result.ok ? succeed("Удалено.") : fail(result.message);
  },
  { invalid: "Изображение не найдено." },
);
