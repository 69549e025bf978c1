import type { Language } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

/** Server-rendered pages that replace Next's empty error shell (see substituteErrorShell). */
export type ErrorPages = { notFound: string; serverError: string };

/**
 * notFound() in a route rendered on demand makes Next send an empty `__next_error__` document
 * that only client JS fills in (vercel/next.js#95613); readers get the prerendered page instead.
 */
export function substituteErrorShell(html: string, status: number, pages: ErrorPages, language: Language | null = null): string {
  if (status < 400 || !html.includes('<html id="__next_error__"')) return html;
  return inLanguage(status === 404 ? pages.notFound : pages.serverError, language);
}

/** Every string of the error pages, Russian → another language (they are built from ru.json's `errors`). */
function errorStrings(language: Language): [string, string][] {
  const from = messagesFor("ru").errors;
  const to = messagesFor(language).errors;
  const pairs: [string, string][] = [];
  for (const group of ["notFound", "failed", "unavailable"] as const) {
    for (const key of Object.keys(from[group]) as (keyof (typeof from)[typeof group])[]) pairs.push([from[group][key], to[group][key]]);
  }
  return pairs.sort((a, b) => b[0].length - a[0].length);
}

/**
 * The error pages are prerendered once, in Russian, by the build (app/not-found.tsx and
 * app/global-error.tsx, from ru.json's `errors`); another edition's reader gets the same page
 * with those strings in its language.
 */
export function inLanguage(html: string, language: Language | null): string {
  if (!language || language === "ru") return html;
  let out = html;
  for (const [ru, other] of errorStrings(language)) out = out.split(escapeHtml(ru)).join(escapeHtml(other));
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const page = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">На главную</a></p></main></body></html>`;

/** `npm run dev` has no prerendered error pages: plain ones stand in. */
export const DEV_ERROR_PAGES: ErrorPages = {
  notFound: page("Страница не найдена", "Такой страницы нет."),
  serverError: page("Ошибка на сервере", "Обновите страницу через минуту."),
};
