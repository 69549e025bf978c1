"use client";
import { useRef, useState } from "react";
import type { EditableArticle } from "@/lib/articles/newsroom-reads";
import { FieldError } from "../../_components/FieldError";
import { MediaPicker, type PickedImage } from "./MediaPicker";
import { srcsetOf } from "./upload-image";

type Props = { article: EditableArticle; canUpload: boolean; errors?: string[]; onChange: () => void };

export function CoverField({ article, canUpload, errors, onChange }: Props) {
  const [cover, setCover] = useState(article.cover ? { id: article.coverId!, ...article.cover } : null);
  const [picking, setPicking] = useState(false);
  const altInput = useRef<HTMLInputElement>(null);
  const pick = ({ image, alt }: PickedImage) => {
    setCover(image);
    if (altInput.current && alt) altInput.current.value = alt;
    onChange();
  };
  return (
    <fieldset>
      <legend>Обложка</legend>
      <input type="hidden" name="coverId" value={cover?.id ?? ""} />
      {cover && <img src={`/media/${cover.key}/${cover.widths[0]}.webp`} srcSet={srcsetOf(cover)} sizes="16rem" alt="" style={{ maxWidth: "100%" }} />}
      {canUpload && (
        <button type="button" className="secondary" onClick={() => setPicking(true)}>
          {cover ? "Заменить обложку" : "Выбрать обложку"}
        </button>
      )}
      {cover && (
        <button type="button" className="secondary" onClick={() => (setCover(null), onChange())}>
          Убрать обложку
        </button>
      )}
      {picking && <MediaPicker title="Обложка статьи" withCaption={false} onPick={pick} onClose={() => setPicking(false)} />}
      <FieldError id="cover-error" errors={errors} />
      <label htmlFor="coverAlt">Описание (alt)</label>
      <input ref={altInput} id="coverAlt" name="coverAlt" type="text" defaultValue={article.coverAlt} />
      <label htmlFor="coverCaption">Подпись</label>
      <input id="coverCaption" name="coverCaption" type="text" defaultValue={article.coverCaption} />
    </fieldset>
  );
}
