"use client";
import { useEffect, useRef, useState } from "react";
import type { EditableArticle } from "@/lib/articles/newsroom-reads";
import { SEO_DESCRIPTION_RECOMMENDED, SEO_TITLE_RECOMMENDED } from "@/lib/articles/seo-fields";
import { FieldError } from "../../_components/FieldError";
import { CharCounter } from "./CharCounter";
import { MediaPicker, type PickedImage } from "./MediaPicker";
import { SeoPreviews } from "./SeoPreviews";

type Props = { article: EditableArticle; canUpload: boolean; errors: (field: string) => string[] | undefined; onChange: () => void };

type Image = { id: number; key: string; widths: number[] };

/** The article's own title, lead and slug as typed so far: the defaults the previews fall back to. */
function useArticleDefaults(fieldset: React.RefObject<HTMLFieldSetElement | null>, article: EditableArticle) {
  const [defaults, setDefaults] = useState({ title: article.title, lead: article.lead, slug: article.slug });
  useEffect(() => {
    const form = fieldset.current?.form;
    if (!form) return;
    const read = () => {
      const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "";
      setDefaults({ title: value("title"), lead: value("lead"), slug: value("slug") });
    };
    // On the document, not the form: a state update in a listener React's own root listener has not
    // run after yet re-renders at once, and would put the typed field's old value back.
    const onInput = (event: Event) => {
      if (event.target instanceof Element && form.contains(event.target)) read();
    };
    document.addEventListener("input", onInput);
    return () => document.removeEventListener("input", onInput);
  }, [fieldset]);
  return defaults;
}

/** SEO title, description, social image, noindex and canonical address, with counters and previews. */
export function SeoFields({ article, canUpload, errors, onChange }: Props) {
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const defaults = useArticleDefaults(fieldset, article);
  const [seoTitle, setSeoTitle] = useState(article.seoTitle);
  const [seoDescription, setSeoDescription] = useState(article.seoDescription);
  const [image, setImage] = useState<Image | null>(article.socialImage && article.socialImageId ? { id: article.socialImageId, ...article.socialImage } : null);
  const [picking, setPicking] = useState(false);
  const pick = ({ image: picked }: PickedImage) => {
    setImage(picked);
    onChange();
  };
  const title = seoTitle || defaults.title;
  const description = seoDescription || defaults.lead || defaults.title;
  const imageUrl = image ? `/media/${image.key}/${image.widths[0]}.webp` : article.cover ? `/media/${article.cover.key}/${article.cover.widths[0]}.webp` : null;
  return (
    <fieldset ref={fieldset} className="seo-fields" data-testid="seo-fields">
      <legend>SEO и соцсети</legend>
      <label htmlFor="seoTitle">SEO-заголовок</label>
      <input
        id="seoTitle"
        name="seoTitle"
        type="text"
        value={seoTitle}
        placeholder="как заголовок статьи"
        onChange={(e) => setSeoTitle(e.target.value)}
        aria-describedby="seoTitle-count seoTitle-error"
        aria-invalid={!!errors("seoTitle")}
      />
      <CharCounter id="seoTitle-count" length={title.length} recommended={SEO_TITLE_RECOMMENDED} />
      <FieldError id="seoTitle-error" errors={errors("seoTitle")} />
      <label htmlFor="seoDescription">Описание (meta description)</label>
      <textarea
        id="seoDescription"
        name="seoDescription"
        rows={3}
        value={seoDescription}
        placeholder="как лид статьи"
        onChange={(e) => setSeoDescription(e.target.value)}
        aria-describedby="seoDescription-count seoDescription-error"
        aria-invalid={!!errors("seoDescription")}
      />
      <CharCounter id="seoDescription-count" length={description.length} recommended={SEO_DESCRIPTION_RECOMMENDED} />
      <FieldError id="seoDescription-error" errors={errors("seoDescription")} />
      <span className="field-label">Картинка для соцсетей</span>
      <input type="hidden" name="socialImageId" value={image?.id ?? ""} />
      {canUpload && (
        <button type="button" className="secondary" onClick={() => setPicking(true)}>
          {image ? "Заменить картинку" : "Выбрать картинку"}
        </button>
      )}
      {image && (
        <button type="button" className="secondary" onClick={() => (setImage(null), onChange())}>
          Как обложка
        </button>
      )}
      {picking && <MediaPicker title="Картинка для соцсетей" withCaption={false} onPick={pick} onClose={() => setPicking(false)} />}
      <FieldError id="socialImageId-error" errors={errors("socialImageId")} />
      <label>
        <input type="checkbox" name="noindex" defaultChecked={article.noindex} /> Не индексировать (noindex)
      </label>
      <label htmlFor="canonicalUrl">Канонический адрес</label>
      <input
        id="canonicalUrl"
        name="canonicalUrl"
        type="url"
        defaultValue={article.canonicalUrl}
        placeholder="адрес этой статьи"
        aria-describedby="canonicalUrl-error"
        aria-invalid={!!errors("canonicalUrl")}
      />
      <FieldError id="canonicalUrl-error" errors={errors("canonicalUrl")} />
      <SeoPreviews title={title} description={description} url={`/${defaults.slug || "…"}`} image={imageUrl} />
    </fieldset>
  );
}
