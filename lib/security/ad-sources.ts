import { sha256Source } from "./script-hash";

/**
 * What the administrator's ad code needs from the reader pages' policy: found in the code itself
 * (inline scripts by hash, the origins of scripts, frames and images it names) and in the ad
 * settings' list of further origins (what that code loads by itself).
 */
export type AdSources = {
  scriptHashes: string[];
  /** The exact addresses of the code's external scripts: those survive stripFrameworkJs. */
  scriptUrls: string[];
  scriptOrigins: string[];
  frameOrigins: string[];
  imageOrigins: string[];
  connectOrigins: string[];
  inlineStyles: boolean;
};

export const NO_AD_SOURCES: AdSources = {
  scriptHashes: [],
  scriptUrls: [],
  scriptOrigins: [],
  frameOrigins: [],
  imageOrigins: [],
  connectOrigins: [],
  inlineStyles: false,
};

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC = /\bsrc\s*=\s*["']?([^"'\s>]+)/i;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The origin of an https URL (or protocol-relative one), else null: ads may not load over http.
 * Except from this machine (a test's or a developer's fake network): a browser on an https page
 * refuses those anyway.
 */
export function httpsOrigin(url: string): string | null {
  try {
    const parsed = new URL(url.startsWith("//") ? `https:${url}` : url);
    return parsed.protocol === "https:" || (parsed.protocol === "http:" && LOOPBACK.has(parsed.hostname)) ? parsed.origin : null;
  } catch {
    return null;
  }
}

function originsOf(html: string, tag: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "gi"))) {
    const origin = httpsOrigin(SRC.exec(match[0])?.[1] ?? "");
    if (origin) found.push(origin);
  }
  return found;
}

const unique = (values: string[]) => [...new Set(values)].sort();

/** The CSP sources of the code's inline scripts: computed when an administrator saves it. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (!SRC.test(attributes!) && body!.trim() !== "") hashes.push(sha256Source(body!));
  }
  return unique(hashes);
}

/** The addresses of the code's external scripts, as written (entities decoded). */
export function scriptUrlsOf(html: string): string[] {
  const urls: string[] = [];
  for (const [, attributes] of html.matchAll(SCRIPT)) {
    const src = SRC.exec(attributes!)?.[1];
    if (src && httpsOrigin(src.replace(/&amp;/g, "&"))) urls.push(src.replace(/&amp;/g, "&"));
  }
  return unique(urls);
}

/**
 * What the ad code needs; `savedHashes` are the inline scripts' hashes stored when it was saved
 * (without them they are computed here).
 */
export function adSourcesOf(adHtml: readonly string[], extraOrigins: readonly string[], savedHashes?: readonly string[]): AdSources {
  const scriptHashes = savedHashes ? [...savedHashes] : adHtml.flatMap(inlineScriptHashes);
  const extra = extraOrigins.map(httpsOrigin).filter((o): o is string => o !== null);
  return {
    scriptHashes: unique(scriptHashes),
    scriptUrls: unique(adHtml.flatMap(scriptUrlsOf)),
    scriptOrigins: unique([...adHtml.flatMap((h) => originsOf(h, "script")), ...extra]),
    frameOrigins: unique([...adHtml.flatMap((h) => originsOf(h, "iframe")), ...extra]),
    imageOrigins: unique([...adHtml.flatMap((h) => originsOf(h, "img")), ...extra]),
    connectOrigins: unique(extra),
    inlineStyles: adHtml.some((h) => /<style\b|\sstyle\s*=/i.test(h)),
  };
}

const registry = globalThis as typeof globalThis & { __vestnikAdSources?: AdSources };

/** Set whenever the active ads are read (lib/ads/reads.ts), read when a reader page is sent. */
export function registerAdSources(sources: AdSources): void {
  registry.__vestnikAdSources = sources;
}

export function currentAdSources(): AdSources {
  return registry.__vestnikAdSources ?? NO_AD_SOURCES;
}
