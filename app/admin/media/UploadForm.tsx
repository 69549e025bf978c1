"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { uploadImage } from "../articles/_editor/upload-image";

export function UploadForm() {
  const router = useRouter();
  const [message, setMessage] = useState("");
  return (
    <form
      className="admin-filters"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
        if (!file) return setMessage("Выберите файл.");
        setMessage("Загрузка…");
        const result = await uploadImage(file, (form.elements.namedItem("alt") as HTMLInputElement).value);
        if ("error" in result) return setMessage(result.error);
        setMessage("Загружено.");
        form.reset();
        router.refresh();
      }}
    >
      <input type="file" name="file" accept="image/jpeg,image/png,image/webp,image/avif" aria-label="Файл" />
      <input type="text" name="alt" placeholder="Описание (alt)" aria-label="Описание (alt)" />
      <button type="submit">Загрузить</button>
      <span aria-live="polite">{message}</span>
    </form>
  );
}
