import { sha256Source } from "@/lib/security/script-hash";
import { REACT_STREAMING_HELPER } from "./next-internals";

/**
 * Reader pages are complete server-rendered HTML: links are real links and forms post without
 * JavaScript. Next's client runtime (~140 KB gzipped) would only re-create what the HTML already
 * shows, so reader pages are sent without it: its chunk scripts, their preload hints and the
 * inline RSC payload are removed. What stays: JSON-LD, React's streaming helpers ($RC/$RS, which
 * reveal streamed parts), our own small scripts marked `data-keep`, and the administrator's ad and
 * counter code: recognised by what was saved (the exact script addresses, the inline scripts'
 * hashes), never by anything the markup says about itself.
 */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g;

export type TrustedAdCode = { scriptUrls: readonly string[]; scriptHashes: readonly string[] };

const SRC = /\bsrc\s*=\s*["']?([^"'\s>]+)/;

function keepScript(attributes: string, body: string, ads: TrustedAdCode): boolean {
  if (/\bdata-keep\b/.test(attributes)) return true;
  if (/\btype="application\/ld\+json"/.test(attributes)) return true;
  const src = SRC.exec(attributes)?.[1];
  if (src !== undefined) return ads.scriptUrls.includes(src.replace(/&amp;/g, "&"));
  if (ads.scriptHashes.length > 0 && body.trim() !== "" && ads.scriptHashes.includes(sha256Source(body))) return true;
  return REACT_STREAMING_HELPER.test(body) && !body.includes("__next_f");
}

export function stripFrameworkJs(html: string, ads: TrustedAdCode = { scriptUrls: [], scriptHashes: [] }): string {
  return html.replace(SCRIPT, (whole, attributes: string, body: string) => (keepScript(attributes, body, ads) ? whole : "")).replace(SCRIPT_PRELOAD, "");
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
