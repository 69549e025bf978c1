"use client";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { GalleryImage } from "./gallery-node";
import { MediaPicker, type PickedImage } from "./MediaPicker";
import { srcsetOf } from "./upload-image";

type Props = { onInsert: (images: GalleryImage[]) => void; onClose: () => void };

const PREVIEW_WIDTH = 640;

function galleryImage({ image, alt }: PickedImage): GalleryImage {
  const preview = image.widths.find((w) => w >= PREVIEW_WIDTH) ?? image.widths.at(-1);
  return {
    src: `/media/${image.key}/${preview}.webp`,
    srcset: srcsetOf(image),
    alt,
    width: image.width,
    height: image.height,
    full: `/media/${image.key}/${image.widths.at(-1)}.webp`,
  };
}

/** Collects library images one by one (each through the usual picker, with its alt) into a gallery. */
export function GalleryPicker({ onInsert, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [picked, setPicked] = useState<PickedImage[]>([]);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const insert = () => {
    onInsert(picked.map(galleryImage));
    onClose();
  };

  return createPortal(
    // The image picker is this dialog's child in React's tree: its own "close" must not close the gallery.
    <dialog ref={dialog} className="media-picker admin" aria-labelledby="gallery-picker-title" onClose={(e) => e.target === e.currentTarget && onClose()}>
      <h2 id="gallery-picker-title">Галерея</h2>
      {picked.length === 0 ? (
        <p>Добавьте в галерею два изображения или больше.</p>
      ) : (
        <ul className="media-picker-grid" aria-label="Изображения галереи">
          {picked.map(({ image, alt }, index) => (
            <li key={`${image.id}-${index}`}>
              <img src={`/media/${image.key}/${image.widths[0]}.webp`} alt="" />
              <button type="button" className="secondary" onClick={() => setPicked((list) => list.filter((_, i) => i !== index))}>
                Убрать{alt ? `: ${alt}` : ""}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="media-picker-actions">
        <button type="button" className="secondary" onClick={() => setAdding(true)}>
          Добавить изображение
        </button>
        <button type="button" disabled={picked.length < 2} onClick={insert}>
          Вставить галерею
        </button>
      </div>
      <button type="button" className="secondary media-picker-close" onClick={onClose}>
        Закрыть
      </button>
      {adding && (
        <MediaPicker
          title="Изображение для галереи"
          withCaption={false}
          onPick={(image) => setPicked((list) => [...list, image])}
          onClose={() => setAdding(false)}
        />
      )}
    </dialog>,
    document.body,
  );
}
