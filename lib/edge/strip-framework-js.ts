import { REACT_STREAMING_HELPER } from "./next-internals";

/**
 * Reader pages are complete server-rendered HTML: links are real links and forms post without
 * JavaScript. Next's client runtime (~140 KB gzipped) would only re-create what the HTML already
 * shows, so reader pages are sent without it: its chunk scripts, their preload hints and the
 * inline RSC payload are removed. What stays: JSON-LD, React's streaming helpers ($RC/$RS, which
 * reveal streamed parts) and our own small scripts marked `data-keep`.
 */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g;

function keepScript(attributes: string, body: string): boolean {
  if (/\bdata-keep\b/.test(attributes)) return true;
  if (/\btype="application\/ld\+json"/.test(attributes)) return true;
  if (/\bsrc=/.test(attributes)) return false;
  return REACT_STREAMING_HELPER.test(body) && !body.includes("__next_f");
}

export function stripFrameworkJs(html: string): string {
  return html.replace(SCRIPT, (whole, attributes: string, body: string) => (keepScript(attributes, body) ? whole : "")).replace(SCRIPT_PRELOAD, "");
}

/** Paths whose HTML keeps the client runtime: the newsroom needs React in the browser. */
export function needsClientRuntime(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

/**
 * React renders a server-action form with `action=""`, which HTML does not allow; without the
 * attribute the form posts to the page's own address, which is what React meant.
 */
export function dropEmptyFormActions(html: string): string {
  return html.replace(/(<form\b[^>]*?)\saction=""/g, "$1");
}
