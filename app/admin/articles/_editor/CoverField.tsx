"use client";
import { useState } from "react";
import type { EditableArticle } from "@/lib/admin/articles";
import { FieldError } from "../../_components/FieldError";
import { srcsetOf, uploadImage } from "./upload-image";

type Props = { article: EditableArticle; canUpload: boolean; errors?: string[]; onChange: () => void };

export function CoverField({ article, canUpload, errors, onChange }: Props) {
  const [cover, setCover] = useState(article.cover ? { id: article.coverId!, ...article.cover } : null);
  const [message, setMessage] = useState("");
  return (
    <fieldset>
      <legend>Обложка</legend>
      <input type="hidden" name="coverId" value={cover?.id ?? ""} />
      {cover && <img src={`/media/${cover.key}/${cover.widths[0]}.webp`} srcSet={srcsetOf(cover)} sizes="16rem" alt="" style={{ maxWidth: "100%" }} />}
      {canUpload && (
        <input
          type="file"
          aria-label="Загрузить обложку"
          accept="image/jpeg,image/png,image/webp,image/avif"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            setMessage("Загрузка…");
            const result = await uploadImage(file, "");
            if ("error" in result) return setMessage(result.error);
            setMessage("");
            setCover(result);
            onChange();
          }}
        />
      )}
      {cover && (
        <button type="button" className="secondary" onClick={() => (setCover(null), onChange())}>
          Убрать обложку
        </button>
      )}
      <p className="field-error" aria-live="polite">{message}</p>
      <FieldError id="cover-error" errors={errors} />
      <label htmlFor="coverAlt">Описание (alt)</label>
      <input id="coverAlt" name="coverAlt" type="text" defaultValue={article.coverAlt} />
      <label htmlFor="coverCaption">Подпись</label>
      <input id="coverCaption" name="coverCaption" type="text" defaultValue={article.coverCaption} />
    </fieldset>
  );
}
