import { z } from "zod";

/**
 * What a menu's own link may point at: a page of this site ("/…", not "//host"), another site
 * over http(s), an email or a phone number. Nothing else can run (no javascript:, data:).
 */
const SITE_PATH = /^\/(?!\/)[^\s\\]*$/;
const MAIL_OR_PHONE = /^(mailto:[^\s@]+@[^\s@]+|tel:\+?[0-9()\- ]{3,30})$/;

export function isAllowedMenuUrl(value: string): boolean {
  if (SITE_PATH.test(value) || MAIL_OR_PHONE.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export const menuUrl = z
  .string()
  .trim()
  .max(500, "Адрес длиннее 500 символов.")
  .refine(isAllowedMenuUrl, "Укажите адрес вида https://… или /путь на сайте (можно mailto: и tel:).");

/** Whether a link leaves the site's pages (another host, mail, phone). */
export function isExternalHref(href: string): boolean {
  return !SITE_PATH.test(href);
}
