"use client";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { createPortal } from "react-dom";
import { IDLE } from "@/lib/actions/result";
import type { LibraryImage } from "@/lib/media/library";
import { rememberImageAltAction } from "./actions";
import { srcsetOf, uploadImage } from "./upload-image";

export type PickedImage = { image: LibraryImage; alt: string; caption: string };

type Props = { title: string; withCaption: boolean; onPick: (picked: PickedImage) => void; onClose: () => void };

type LibraryPage = { items: LibraryImage[]; hasMore: boolean };

async function fetchLibrary(page: number, query: string): Promise<LibraryPage | { error: string }> {
  const res = await fetch(`/admin/media/library?page=${page}&q=${encodeURIComponent(query)}`, { cache: "no-store" }).catch(() => null);
  if (!res?.ok) return { error: "Не удалось открыть медиатеку." };
  return (await res.json()) as LibraryPage;
}

/** Saves the alt to the library row (the server decides whether it may); the insertion does not wait for it. */
async function rememberAlt(id: number, alt: string): Promise<void> {
  const form = new FormData();
  form.set("id", String(id));
  form.set("alt", alt);
  await rememberImageAltAction(IDLE, form).catch(() => undefined);
}

/**
 * A modal to choose an image from the media library or upload a new one, then describe it (alt)
 * and, for images in the text, caption it. Rendered into <body> so its fields and its search
 * form are not part of the article form.
 */
export function MediaPicker({ title, withCaption, onPick, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState("");
  const [library, setLibrary] = useState<{ items: LibraryImage[]; page: number; hasMore: boolean }>({ items: [], page: 0, hasMore: false });
  const [message, setMessage] = useState("Загрузка медиатеки…");
  const [chosen, setChosen] = useState<LibraryImage | null>(null);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");

  const load = useCallback(async (page: number, q: string) => {
    const result = await fetchLibrary(page, q);
    if ("error" in result) return setMessage(result.error);
    setLibrary((prev) => ({ items: page === 1 ? result.items : [...prev.items, ...result.items], page, hasMore: result.hasMore }));
    setMessage(page === 1 && result.items.length === 0 ? (q ? "Ничего не найдено." : "В медиатеке пока нет изображений.") : "");
  }, []);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    // load() sets state only after the library's answer arrives, not synchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load(1, "");
  }, [load]);

  const choose = (image: LibraryImage) => {
    setChosen(image);
    setAlt(image.alt);
    setCaption("");
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    void load(1, query);
  };
  const upload = async (file: File) => {
    setMessage("Загрузка файла…");
    const result = await uploadImage(file, "");
    if ("error" in result) return setMessage(result.error);
    setMessage("");
    choose({ ...result, name: file.name });
  };
  const insert = () => {
    if (!chosen) return;
    const described = alt.trim();
    if (described && described !== chosen.alt) void rememberAlt(chosen.id, described);
    onPick({ image: chosen, alt: described, caption: caption.trim() });
    onClose();
  };

  return createPortal(
    <dialog ref={dialog} className="media-picker admin" aria-labelledby="media-picker-title" onClose={onClose}>
      <h2 id="media-picker-title">{title}</h2>
      {chosen ? (
        <div className="media-picker-chosen">
          <img src={`/media/${chosen.key}/${chosen.widths[0]}.webp`} srcSet={srcsetOf(chosen)} sizes="20rem" alt="" />
          <div className="admin-form">
            <label htmlFor="picker-alt">Описание (alt)</label>
            <input id="picker-alt" type="text" value={alt} maxLength={300} onChange={(e) => setAlt(e.target.value)} />
            <small>Что на снимке — для тех, кто не видит изображение.</small>
            {withCaption && (
              <>
                <label htmlFor="picker-caption">Подпись</label>
                <input id="picker-caption" type="text" value={caption} maxLength={500} onChange={(e) => setCaption(e.target.value)} />
              </>
            )}
            <div className="media-picker-actions">
              <button type="button" onClick={insert}>
                Вставить
              </button>
              <button type="button" className="secondary" onClick={() => setChosen(null)}>
                Выбрать другое
              </button>
            </div>
          </div>
        </div>
      ) : (
        <>
          <label className="media-picker-upload">
            Загрузить с компьютера
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif"
              data-testid="body-image-input"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = "";
                if (file) void upload(file);
              }}
            />
          </label>
          <form role="search" className="admin-filters" onSubmit={search}>
            <input
              type="search"
              aria-label="Поиск по медиатеке"
              placeholder="Поиск по описанию или имени файла"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <button type="submit" className="secondary">
              Найти
            </button>
          </form>
          <ul className="media-picker-grid" aria-label="Медиатека">
            {library.items.map((image) => (
              <li key={image.id}>
                <button type="button" onClick={() => choose(image)} aria-label={`Выбрать: ${[image.alt, image.name].filter(Boolean).join(" — ") || image.key}`}>
                  <img src={`/media/${image.key}/${image.widths[0]}.webp`} alt="" loading="lazy" />
                </button>
              </li>
            ))}
          </ul>
          {library.hasMore && (
            <button type="button" className="secondary" onClick={() => void load(library.page + 1, query)}>
              Показать ещё
            </button>
          )}
        </>
      )}
      <p className="form-message" role="status">
        {message}
      </p>
      <button type="button" className="secondary media-picker-close" onClick={onClose}>
        Закрыть
      </button>
    </dialog>,
    document.body,
  );
}
