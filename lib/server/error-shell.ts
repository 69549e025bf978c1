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
