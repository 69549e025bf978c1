import { z } from "zod";
import { redirectKey, redirectKeyOfLink } from "./normalize";

export const MAX_ADDRESS_LENGTH = 2000;
const ABSOLUTE = /^https?:\/\//i;
/** Any other host: a target path that a browser would read as another site (`//x`, `/\x`). */
const PATH_BASE = "http://site.invalid";
/** The newsroom's, Next's and the app's own endpoints: the old-address handler never sees them. */
const SERVICE_SEGMENTS = new Set(["admin", "_next", "api"]);

/** The key an old address typed in the newsroom is stored under: a path, or a full link to the old site. */
export function oldAddressKey(value: string): string | null {
  if (ABSOLUTE.test(value)) return redirectKeyOfLink(value);
  return value.startsWith("/") ? redirectKey(value) : null;
}

/**
 * Where a redirect may lead: a path on this site (percent-encoded, so that it can be sent as a
 * Location header) or an absolute http(s) URL. Null for anything else.
 */
export function redirectTarget(value: string): string | null {
  try {
    if (ABSOLUTE.test(value)) {
      const url = new URL(value);
      return url.hostname ? url.href : null;
    }
    if (!value.startsWith("/")) return null;
    const url = new URL(value, PATH_BASE);
    return url.origin === PATH_BASE ? url.pathname + url.search + url.hash : null;
  } catch {
    return null;
  }
}

/** What the list's search looks for: an address as a reader would paste it, decoded, without host and trailing slash. */
export function addressSearchText(query: string): string {
  const text = query.trim();
  let path = text;
  if (ABSOLUTE.test(text)) {
    try {
      const url = new URL(text);
      path = url.pathname + url.search;
    } catch {
      path = text;
    }
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray «%» is searched for as typed.
  }
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}

const address = (empty: string) => z.string().trim().min(1, empty).max(MAX_ADDRESS_LENGTH, `Адрес длиннее ${MAX_ADDRESS_LENGTH} символов.`);

const fromField = address("Укажите старый адрес.")
  .transform((value, ctx) => {
    const key = oldAddressKey(value);
    if (key === null) {
      ctx.addIssue({ code: "custom", message: "Старый адрес — путь на сайте, начиная с «/» (например, /2019/05/novost/), или полная ссылка на старый сайт." });
      return z.NEVER;
    }
    return key;
  })
  .refine((key) => key !== "/", "Главную страницу перенаправить нельзя.")
  .refine((key) => !SERVICE_SEGMENTS.has(key.split(/[/?]/)[1] ?? ""), "Адреса редакции и служебные адреса перенаправить нельзя.");

const toField = address("Укажите новый адрес.").transform((value, ctx) => {
  const target = redirectTarget(value);
  if (target === null) {
    ctx.addIssue({ code: "custom", message: "Новый адрес — путь на сайте, начиная с «/» (например, /novost), или полная ссылка http:// или https://." });
    return z.NEVER;
  }
  return target;
});

/** A row's key as stored, sent back by the list's forms. */
const storedKey = z.string().min(1).max(MAX_ADDRESS_LENGTH);

export const newRedirectInput = z.object({ from: fromField, to: toField });
export const redirectTargetInput = z.object({ from: storedKey, to: toField });
export const redirectRef = z.object({ from: storedKey });

export type NewRedirect = z.output<typeof newRedirectInput>;
