import { sha256Source } from "./script-hash";

/**
 * What the administrator's ad code needs from the reader pages' policy: found in the code itself
 * (inline scripts by hash, the origins of scripts, frames and images it names) and in the ad
 * settings' list of further origins (what that code loads by itself).
 */
export type AdSources = {
  scriptHashes: string[];
  scriptOrigins: string[];
  frameOrigins: string[];
  imageOrigins: string[];
  connectOrigins: string[];
  inlineStyles: boolean;
};

export const NO_AD_SOURCES: AdSources = { scriptHashes: [], scriptOrigins: [], frameOrigins: [], imageOrigins: [], connectOrigins: [], inlineStyles: false };

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC = /\bsrc\s*=\s*["']?([^"'\s>]+)/i;

/** The origin of an https URL (or protocol-relative one), else null: ads may not load over http. */
export function httpsOrigin(url: string): string | null {
  try {
    const parsed = new URL(url.startsWith("//") ? `https:${url}` : url);
    return parsed.protocol === "https:" ? parsed.origin : null;
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

export function adSourcesOf(adHtml: readonly string[], extraOrigins: readonly string[]): AdSources {
  const scriptHashes: string[] = [];
  for (const html of adHtml) {
    for (const [, attributes, body] of html.matchAll(SCRIPT)) {
      if (!SRC.test(attributes!) && body!.trim() !== "") scriptHashes.push(sha256Source(body!));
    }
  }
  const extra = extraOrigins.map(httpsOrigin).filter((o): o is string => o !== null);
  return {
    scriptHashes: unique(scriptHashes),
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
