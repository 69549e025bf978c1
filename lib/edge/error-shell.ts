/** Server-rendered pages that replace Next's empty error shell (see substituteErrorShell). */
export type ErrorPages = { notFound: string; serverError: string };

/**
 * notFound() in a route rendered on demand makes Next send an empty `__next_error__` document
 * that only client JS fills in (vercel/next.js#95613); readers get the prerendered page instead.
 */
export function substituteErrorShell(html: string, status: number, pages: ErrorPages): string {
  if (status < 400 || !html.includes('<html id="__next_error__"')) return html;
  return status === 404 ? pages.notFound : pages.serverError;
}

const page = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">На главную</a></p></main></body></html>`;

/** `npm run dev` has no prerendered error pages: plain ones stand in. */
export const DEV_ERROR_PAGES: ErrorPages = {
  notFound: page("Страница не найдена", "Такой страницы нет."),
  serverError: page("Ошибка на сервере", "Обновите страницу через минуту."),
};
