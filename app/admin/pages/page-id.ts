/** A page id from the URL: digits only, no leading zero. */
export function pageIdParam(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}
