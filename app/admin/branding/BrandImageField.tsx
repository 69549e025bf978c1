"use client";
import { useState } from "react";
import type { BrandImage } from "@/lib/branding/types";
import { paths } from "@/lib/paths";
import { FieldError } from "../_components/FieldError";
import { MediaPicker } from "../articles/_editor/MediaPicker";

type Props = { name: string; label: string; hint: string; initial: BrandImage | null; dark?: boolean; errors?: string[]; canUpload: boolean };

/** The smallest stored width that fills the preview. */
function previewWidth(widths: number[]): number {
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted.find((w) => w >= 320) ?? sorted.at(-1) ?? 320;
}

/** An image from the media library (or uploaded there): its id goes with the form. */
export function BrandImageField({ name, label, hint, initial, dark = false, errors, canUpload }: Props) {
  const [image, setImage] = useState<BrandImage | null>(initial);
  const [picking, setPicking] = useState(false);
  return (
    <fieldset className="brand-image-field" aria-describedby={`${name}-hint ${name}-error`}>
      <legend>{label}</legend>
      <p id={`${name}-hint`}>{hint}</p>
      <input type="hidden" name={name} value={image?.id ?? ""} />
      {image ? (
        <img className={dark ? "dark" : undefined} src={paths.media(image.key, previewWidth(image.widths))} alt={`${label}: выбранное изображение`} />
      ) : (
        <p>Не выбрано.</p>
      )}
      <div className="admin-filters">
        {canUpload && (
          <button type="button" className="secondary" onClick={() => setPicking(true)}>
            {image ? "Заменить…" : "Выбрать…"}
          </button>
        )}
        {image && (
          <button type="button" className="secondary" onClick={() => setImage(null)}>
            Убрать
          </button>
        )}
      </div>
      <FieldError id={`${name}-error`} errors={errors} />
      {picking && (
        <MediaPicker
          title={label}
          withCaption={false}
          onPick={({ image: picked }) => setImage({ id: picked.id, key: picked.key, width: picked.width, height: picked.height, widths: picked.widths })}
          onClose={() => setPicking(false)}
        />
      )}
    </fieldset>
  );
}
