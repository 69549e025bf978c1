"use client";
import { useRef, useState } from "react";
import { FieldError } from "../_components/FieldError";
import { MediaPicker } from "../articles/_editor/MediaPicker";

const AD_IMAGE_WIDTH = 960;

/** The ad's picture: an address typed in, or an image chosen from the media library. */
export function AdImageField({ id, defaultValue, errors }: { id: string; defaultValue?: string; errors?: string[] }) {
  const input = useRef<HTMLInputElement>(null);
  const [picking, setPicking] = useState(false);
  return (
    <>
      <label htmlFor={id}>Картинка (адрес)</label>
      <div className="admin-filters">
        <input ref={input} id={id} name="imageUrl" type="text" defaultValue={defaultValue} style={{ flex: 1 }} />
        <button type="button" className="secondary" onClick={() => setPicking(true)}>
          Из медиатеки
        </button>
      </div>
      {picking && (
        <MediaPicker
          title="Картинка рекламы"
          withCaption={false}
          onPick={({ image }) => {
            const width = [...image.widths].reverse().find((w) => w <= AD_IMAGE_WIDTH) ?? image.widths[0];
            if (input.current) input.current.value = `/media/${image.key}/${width}.webp`;
          }}
          onClose={() => setPicking(false)}
        />
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </>
  );
}
