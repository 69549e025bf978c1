import "server-only";
import { randomBytes } from "node:crypto";
import { BRANDING_SETTING_KEY } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { deleteImage, ImageTooLargeError, writeImageVariants } from "@/lib/media";
import { sniffImageType } from "@/lib/media/sniff";
import { MAX_UPLOAD_BYTES, UPLOAD_WIDTHS } from "./upload-limits";

export { MAX_UPLOAD_BYTES, UPLOAD_WIDTHS };

export type UploadResult =
  { ok: true; media: { id: number; key: string; width: number; height: number; widths: number[]; alt: string } } | { ok: false; message: string };

/** Stores an uploaded image as WebP variants and records it in the library. */
export async function storeUpload(bytes: Uint8Array, originalName: string, alt = ""): Promise<UploadResult> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, message: "Файл больше 10 МБ." };
  const mime = sniffImageType(bytes);
  if (!mime) return { ok: false, message: "Можно загрузить только JPEG, PNG, WebP или AVIF." };
  const key = `u${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
  let stored;
  try {
    stored = await writeImageVariants(key, bytes, UPLOAD_WIDTHS);
  } catch (error) {
    if (error instanceof ImageTooLargeError) return { ok: false, message: "Изображение больше 50 мегапикселей: уменьшите его перед загрузкой." };
    return { ok: false, message: "Не удалось прочитать изображение." };
  }
  const media = await db().media.create({
    data: { key, mime, originalName: originalName.slice(0, 200), alt, ...stored },
    select: { id: true, key: true, width: true, height: true, widths: true, alt: true },
  });
  return { ok: true, media };
}

/** Where an image is used: as a cover or inside an article body. */
export async function mediaUsage(key: string): Promise<number> {
  return db().article.count({ where: { OR: [{ cover: { key } }, { bodyHtml: { contains: `/media/${key}/` } }] } });
}

/** Whether «Оформление и реквизиты» uses the image as a logo or the icon. */
async function usedByBranding(id: number): Promise<boolean> {
  const uses = ["logoLightId", "logoDarkId", "iconId"].map((field) => ({ value: { path: [field], equals: id } }));
  return (await db().setting.count({ where: { key: BRANDING_SETTING_KEY, OR: uses } })) > 0;
}

export async function deleteUnusedMedia(id: number): Promise<{ ok: true } | { ok: false; message: string }> {
  const media = await db().media.findUnique({ where: { id } });
  if (!media) return { ok: false, message: "Изображение не найдено." };
  if ((await mediaUsage(media.key)) > 0) return { ok: false, message: "Изображение используется в статьях." };
  if (await usedByBranding(id)) return { ok: false, message: "Изображение — логотип или значок сайта: сначала замените его в «Оформлении»." };
  await db().media.delete({ where: { id } });
  await deleteImage(media.key);
  return { ok: true };
}

/** Images whose description or file name contains `query`, case-insensitively; all when it is blank. */
function mediaMatching(query: string) {
  const q = query.trim();
  return q ? { OR: [{ alt: { contains: q, mode: "insensitive" as const } }, { originalName: { contains: q, mode: "insensitive" as const } }] } : {};
}

export async function listMedia(page: number, query = "", pageSize = 40) {
  const rows = await db().media.findMany({
    where: mediaMatching(query),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { id: true, key: true, alt: true, width: true, height: true, widths: true, originalName: true, createdAt: true },
  });
  return Promise.all(rows.map(async (m) => ({ ...m, usage: await mediaUsage(m.key) })));
}

export type LibraryImage = { id: number; key: string; alt: string; width: number; height: number; widths: number[]; name: string };

export const LIBRARY_PAGE_SIZE = 24;

/** A page of the library for the editor's picker, newest first, optionally filtered by alt text or file name. */
export async function browseMedia(page: number, query: string): Promise<{ items: LibraryImage[]; hasMore: boolean }> {
  const rows = await db().media.findMany({
    where: mediaMatching(query),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * LIBRARY_PAGE_SIZE,
    take: LIBRARY_PAGE_SIZE + 1,
    select: { id: true, key: true, alt: true, width: true, height: true, widths: true, originalName: true },
  });
  const items = rows.slice(0, LIBRARY_PAGE_SIZE).map(({ originalName, ...m }) => ({ ...m, name: originalName }));
  return { items, hasMore: rows.length > LIBRARY_PAGE_SIZE };
}

export async function setMediaAlt(id: number, alt: string): Promise<boolean> {
  const { count } = await db().media.updateMany({ where: { id }, data: { alt } });
  return count === 1;
}

/**
 * The description typed when an image is inserted, kept in the library so that searching finds
 * the image and its next use starts with it. It fills an empty description; replacing one
 * someone already wrote is for those who may edit the library.
 */
export async function rememberMediaAlt(id: number, alt: string, { replace }: { replace: boolean }): Promise<boolean> {
  const { count } = await db().media.updateMany({ where: replace ? { id } : { id, alt: "" }, data: { alt } });
  return count === 1;
}
