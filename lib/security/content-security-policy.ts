import { EMBED_FRAME_ORIGINS } from "@/lib/embeds/providers";
import type { AdSources } from "./ad-sources";
import { INLINE_SCRIPTS } from "./inline-scripts";
import { sha256Source } from "./script-hash";

/** Hashes of Vestnik's own inline scripts, computed once from their text. */
export const OWN_SCRIPT_HASHES: ReadonlySet<string> = new Set(Object.values(INLINE_SCRIPTS).map(sha256Source));

const EMBED_LOADER_HASH = sha256Source(INLINE_SCRIPTS.loadEmbed);

const join = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");

const COMMON = {
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/**
 * Reader pages are cached and shared, so no per-response nonce: scripts are allowed by hash (the
 * server computes them from the page it sends, for the scripts it knows to be its own), plus
 * /comments.js from 'self', plus what the administrator's ad code needs.
 */
export function readerPolicy(scriptHashes: Iterable<string>, ads: AdSources): string {
  const hashes = new Set(scriptHashes);
  // Embedded videos and posts: only a page carrying the click-to-load script may frame their providers.
  const frames = [...new Set([...(hashes.has(EMBED_LOADER_HASH) ? EMBED_FRAME_ORIGINS : []), ...ads.frameOrigins])];
  return join({
    "default-src": ["'self'"],
    "script-src": ["'self'", ...hashes, ...ads.scriptOrigins],
    "style-src": ["'self'", ...(ads.inlineStyles ? ["'unsafe-inline'"] : [])],
    // Article bodies may show images from any https address an editor linked.
    "img-src": ["'self'", "data:", "https:", ...ads.imageOrigins.filter((o) => !o.startsWith("https:"))],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...ads.connectOrigins],
    "frame-src": frames.length > 0 ? frames : ["'none'"],
    ...COMMON,
  });
}

/**
 * The newsroom is rendered per request: Next puts the request's nonce on every script it emits,
 * and 'strict-dynamic' lets those load the chunks they need. The editor sets inline styles.
 */
export function newsroomPolicy(nonce: string, { dev = false } = {}): string {
  return join({
    "default-src": ["'self'"],
    "script-src": [`'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "frame-src": ["'none'"],
    ...COMMON,
  });
}

/** Whatever else the server sends (feeds, images, JSON): nothing may run or be framed. */
export const RESOURCE_POLICY = join({
  "default-src": ["'none'"],
  "img-src": ["'self'"],
  "style-src": ["'self'"],
  "frame-ancestors": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
});
