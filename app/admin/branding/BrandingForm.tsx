"use client";
import { IDLE } from "@/lib/actions/result";
import { SOCIAL_NETWORK_IDS, SOCIAL_NETWORKS } from "@/lib/branding/social";
import { AGE_MARKS, type Branding } from "@/lib/branding/types";
import { FieldError } from "../_components/FieldError";
import { saveBrandingAction } from "./actions";
import { BrandImageField } from "./BrandImageField";
import { useKeptForm } from "../_components/use-kept-form";

function TextField({
  name,
  label,
  value,
  errors,
  type = "text",
  rows,
}: {
  name: string;
  label: string;
  value: string;
  errors?: string[];
  type?: string;
  rows?: number;
}) {
  return (
    <>
      <label htmlFor={name}>{label}</label>
      {rows ? (
        <textarea id={name} name={name} rows={rows} defaultValue={value} aria-describedby={`${name}-error`} aria-invalid={!!errors} />
      ) : (
        <input id={name} name={name} type={type} defaultValue={value} aria-describedby={`${name}-error`} aria-invalid={!!errors} />
      )}
      <FieldError id={`${name}-error`} errors={errors} />
    </>
  );
}

export function BrandingForm({ branding, canUpload }: { branding: Branding; canUpload: boolean }) {
  const [state, submit, pending] = useKeptForm(saveBrandingAction, IDLE);
  const err = (field: string) => state.fieldErrors?.[field];
  return (
    <form onSubmit={submit} className="admin-form" noValidate>
      <fieldset>
        <legend>Издание</legend>
        <TextField name="name" label="Название" value={branding.name} errors={err("name")} />
        <TextField name="description" label="Описание (для поисковиков, RSS и подвала)" value={branding.description} errors={err("description")} rows={2} />
      </fieldset>
      <fieldset>
        <legend>Логотипы и значок</legend>
        <BrandImageField
          name="logoDarkId"
          label="Логотип для тёмного фона"
          hint="В шапке сайта. Лучше PNG с прозрачным фоном, высотой от 80 пикселей."
          initial={branding.logoDark}
          dark
          errors={err("logoDarkId")}
          canUpload={canUpload}
        />
        <BrandImageField
          name="logoLightId"
          label="Логотип для светлого фона"
          hint="В подвале сайта; в шапке — если нет логотипа для тёмного фона."
          initial={branding.logoLight}
          errors={err("logoLightId")}
          canUpload={canUpload}
        />
        <BrandImageField
          name="iconId"
          label="Значок сайта"
          hint="Квадратное изображение не меньше 512×512: из него делаются favicon, иконки для телефонов и логотип в данных для поисковиков."
          initial={branding.icon}
          errors={err("iconId")}
          canUpload={canUpload}
        />
      </fieldset>
      <fieldset>
        <legend>Соцсети</legend>
        {SOCIAL_NETWORK_IDS.map((n) => (
          <TextField key={n} name={`social_${n}`} label={SOCIAL_NETWORKS[n].label} value={branding.social[n]} errors={err(`social_${n}`)} type="url" />
        ))}
      </fieldset>
      <fieldset>
        <legend>Контакты</legend>
        <TextField name="address" label="Адрес редакции" value={branding.contacts.address} errors={err("address")} />
        <TextField name="phone" label="Телефон" value={branding.contacts.phone} errors={err("phone")} type="tel" />
        <TextField name="email" label="Электронная почта" value={branding.contacts.email} errors={err("email")} type="email" />
      </fieldset>
      <fieldset>
        <legend>Подвал</legend>
        <label htmlFor="ageMark">Возрастная маркировка</label>
        <select id="ageMark" name="ageMark" defaultValue={branding.ageMark} aria-describedby="ageMark-error">
          {AGE_MARKS.map((mark) => (
            <option key={mark} value={mark}>
              {mark}
            </option>
          ))}
          <option value="">не показывать</option>
        </select>
        <FieldError id="ageMark-error" errors={err("ageMark")} />
        <TextField name="copyright" label="Строка после «© Название.»" value={branding.copyright} errors={err("copyright")} rows={2} />
        <TextField
          name="registrationNote"
          label="Сведения о регистрации («Свидетельство о постановке на учёт…»)"
          value={branding.registrationNote}
          errors={err("registrationNote")}
          rows={3}
        />
      </fieldset>
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {pending ? "Сохранение…" : state.message}
      </p>
      <button type="submit" disabled={pending}>
        Сохранить
      </button>
    </form>
  );
}
