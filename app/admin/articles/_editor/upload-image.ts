export type UploadedImage = { id: number; key: string; width: number; height: number; widths: number[]; alt: string };

export async function uploadImage(file: File, alt: string): Promise<UploadedImage | { error: string }> {
  const body = new FormData();
  body.set("file", file);
  body.set("alt", alt);
  const res = await fetch("/admin/media/upload", { method: "POST", body });
  const json = (await res.json().catch(() => ({ error: "Не удалось загрузить файл." }))) as UploadedImage | { error: string };
  return res.ok ? json : { error: "error" in json ? json.error : "Не удалось загрузить файл." };
}

export function srcsetOf(image: { key: string; widths: number[] }): string {
  return image.widths.map((w) => `/media/${image.key}/${w}.webp ${w}w`).join(", ");
}
