"use client";
import { useState } from "react";
import { IDLE } from "@/lib/actions/result";
import { FieldError } from "../_components/FieldError";
import { useKeptForm } from "../_components/use-kept-form";
import { MediaPicker, type PickedImage } from "../articles/_editor/MediaPicker";
import { srcsetOf } from "../articles/_editor/upload-image";
import { updateProfileAction } from "./actions";

type Photo = { id: number; key: string; widths: number[] };
type Props = { name: string; jobTitle: string; bio: string; photo: Photo | null; canPickPhoto: boolean };

/** The byline: display name, job title, bio and photo from the media library. */
export function ProfileForm({ name, jobTitle, bio, photo: initialPhoto, canPickPhoto }: Props) {
  const [state, onSubmit, pending] = useKeptForm(updateProfileAction, IDLE);
  const [photo, setPhoto] = useState(initialPhoto);
  const [picking, setPicking] = useState(false);
  const err = (field: string) => state.fieldErrors?.[field];
  return (
    <form className="admin-form" onSubmit={onSubmit} data-testid="profile-form">
      <h2>Подпись в статьях</h2>
      <label htmlFor="profile-name">Имя</label>
      <input id="profile-name" name="name" type="text" defaultValue={name} aria-describedby="profile-name-error" aria-invalid={!!err("name")} />
      <FieldError id="profile-name-error" errors={err("name")} />
      <label htmlFor="profile-job">Должность</label>
      <input id="profile-job" name="jobTitle" type="text" defaultValue={jobTitle} aria-describedby="profile-job-error" />
      <FieldError id="profile-job-error" errors={err("jobTitle")} />
      <label htmlFor="profile-bio">О себе</label>
      <textarea id="profile-bio" name="bio" rows={4} defaultValue={bio} aria-describedby="profile-bio-error" />
      <FieldError id="profile-bio-error" errors={err("bio")} />
      <span className="field-label">Фото</span>
      <input type="hidden" name="avatarId" value={photo?.id ?? ""} />
      {photo && <img className="profile-avatar" src={`/media/${photo.key}/${photo.widths[0]}.webp`} srcSet={srcsetOf(photo)} sizes="6rem" alt="" />}
      {canPickPhoto ? (
        <button type="button" className="secondary" onClick={() => setPicking(true)}>
          {photo ? "Заменить фото" : "Выбрать фото"}
        </button>
      ) : (
        <small>Фото из медиатеки выбирают авторы и редакторы; попросите редактора.</small>
      )}
      {photo && (
        <button type="button" className="secondary" onClick={() => setPhoto(null)}>
          Убрать фото
        </button>
      )}
      {picking && (
        <MediaPicker title="Фото для подписи" withCaption={false} onPick={({ image }: PickedImage) => setPhoto(image)} onClose={() => setPicking(false)} />
      )}
      <FieldError id="profile-avatar-error" errors={err("avatarId")} />
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {pending ? "Сохранение…" : state.message}
      </p>
      <button type="submit" disabled={pending}>
        Сохранить профиль
      </button>
    </form>
  );
}
