import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { splitSidebarTags } from "@/lib/cache/sidebar-routes";
import { readerCachePolicy } from "./cache-policy";
import { substituteErrorShell, type ErrorPages } from "./error-shell";
import type { CachedPage, PageCache } from "./page-cache";
import { pageCacheKey } from "./page-cache-key";
import { NEXT_CACHE_HEADER } from "./next-internals";
import type { RenderReport } from "./render-context";
import { dropEmptyFormActions, needsClientRuntime, stripFrameworkJs } from "./strip-framework-js";
import { placeHeadCode } from "@/lib/ads/head-code";
import { currentAdSources } from "@/lib/security/ad-sources";
import { readerPolicy } from "@/lib/security/content-security-policy";
import { scriptNonceOf } from "@/lib/security/script-nonce";
import { trustInlineScripts } from "@/lib/security/trusted-scripts";
import { env } from "@/lib/env";
import { surrogateKeys } from "./shared-cache/surrogate-keys";
import { withDocumentLanguage } from "./document-language";
import { languageOfInternalPath } from "./edition-routing";

type Chunk = string | Uint8Array;

/** Requests from signed-in staff skip the page cache (the newsroom adds its own cookie). */
export const BYPASS_COOKIES = /(?:^|;\s*)(?:vestnik_session)=/;
const PER_REQUEST_HEADERS = new Set(["content-length", "content-encoding", "date", "connection", "keep-alive", "transfer-encoding", NEXT_CACHE_HEADER]);

/** A cache that purges by key is in front (PURGE_URLS): pages tell it their tags. */
function sharedCacheInFront(): boolean {
  return env().PURGE_URLS.length > 0;
}

function surrogateKeyHeaders(tags: readonly string[], softTags: readonly string[]): [string, string][] {
  const keys = surrogateKeys(tags, softTags);
  return [
    ["xkey", keys],
    ["surrogate-key", keys],
  ];
}

export function pathnameOf(req: IncomingMessage): string {
  return (req.url ?? "/").split("?")[0] ?? "/";
}

/** Whether this request is a reader's page view: handled by this module rather than passed through. */
export function isReaderRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "POST") return false;
  const pathname = pathnameOf(req);
  return !needsClientRuntime(pathname) && !pathname.startsWith("/_next/") && !pathname.startsWith("/api/");
}

/** The page cache key of a request that may be answered from it, or null. HEAD shares GET's entry. */
export function readerCacheKey(req: IncomingMessage): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (req.headers.rsc || BYPASS_COOKIES.test(req.headers.cookie ?? "")) return null;
  return pageCacheKey(req.url ?? "/");
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
}

function send(req: IncomingMessage, res: ServerResponse, head: boolean, status: number, headers: [string, string][], body: Buffer, gzip: Buffer | null) {
  for (const [name, value] of headers) res.setHeader(name, value);
  const useGzip = gzip !== null && acceptsGzip(req);
  const payload = useGzip ? gzip : body;
  if (useGzip) res.setHeader("content-encoding", "gzip");
  res.setHeader("content-length", String(payload.byteLength));
  res.statusCode = status;
  res.end(head ? undefined : payload);
}

/** Answers with a stored page; `state` says how it stands (HIT, STALE) in x-vestnik-cache. */
export function sendCachedPage(req: IncomingMessage, res: ServerResponse, page: CachedPage, state: "HIT" | "STALE"): void {
  if (page.etag && req.headers["if-none-match"] === page.etag && state === "HIT") {
    res.statusCode = 304;
    res.setHeader("etag", page.etag);
    res.end();
    return;
  }
  res.setHeader("x-vestnik-cache", state);
  send(req, res, req.method === "HEAD", page.status, page.headers, page.body, page.gzip);
}

/** A whole HTML document: a render that failed halfway or sent nothing is never stored. */
function isCompleteDocument(body: Buffer): boolean {
  return body.byteLength > 0 && /<\/html>\s*$/.test(body.subarray(Math.max(0, body.byteLength - 64)).toString("latin1"));
}

export type Capture = {
  cache: PageCache;
  errorPages: ErrorPages;
  /** Where to store the page, or null to only send it. */
  key: string | null;
  /** What the render tells the route cache handler about itself (see render-context.ts). */
  report: RenderReport;
  /** The request came as HEAD and was rendered as GET: answer without the body. */
  head: boolean;
  /** Store only a response with this status (the shared 404 must never hold a page). */
  onlyStatus?: number;
  /** `npm run dev` with DEV_CLIENT_RUNTIME=1: keep Next's client runtime, for hot reload. */
  keepClientRuntime?: boolean;
};

/**
 * Buffers the HTML that Next writes for a reader request, then: replaces Next's empty error
 * shell, strips the framework's client JS, allows the scripts left by hash in its
 * Content-Security-Policy, sets a cache policy, gzips, and stores complete
 * pages Next could cache (those that reported their tags) in the page cache. Anything that is
 * not HTML passes through untouched.
 */
export function captureReaderResponse(
  req: IncomingMessage,
  res: ServerResponse,
  { cache, errorPages, key, report, head, onlyStatus, keepClientRuntime }: Capture,
): void {
  const version = cache.version;
  const original = { write: res.write.bind(res), end: res.end.bind(res), writeHead: res.writeHead.bind(res), flushHeaders: res.flushHeaders.bind(res) };
  const chunks: Buffer[] = [];
  let buffering: boolean | undefined;
  const decide = () => (buffering ??= String(res.getHeader("content-type") ?? "").startsWith("text/html"));

  // Node sends implicit headers through res.writeHead too, so this passes through for anything
  // not buffered, and is restored before the buffered body goes out.
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    const headers = rest.find((r): r is OutgoingHttpHeaders => typeof r === "object" && r !== null && !Array.isArray(r));
    const reason = rest.find((r): r is string => typeof r === "string");
    res.statusCode = statusCode;
    if (reason) res.statusMessage = reason;
    if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    if (!decide()) return original.writeHead(statusCode);
    return res;
  }) as ServerResponse["writeHead"];

  res.flushHeaders = () => {
    if (!decide()) original.flushHeaders();
  };

  res.write = ((...args: Parameters<ServerResponse["write"]>) => {
    if (!decide()) return original.write(...args);
    const [chunk, encoding, callback] = args as [Chunk, BufferEncoding | ((e?: Error | null) => void) | undefined, ((e?: Error | null) => void) | undefined];
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) queueMicrotask(() => done(null));
    return true;
  }) as ServerResponse["write"];

  res.end = ((...args: unknown[]) => {
    if (!decide()) return (original.end as (...a: unknown[]) => ServerResponse)(...args);
    const [chunk, encoding] = args as [Chunk | null | undefined | (() => void), BufferEncoding | undefined];
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
    }
    res.writeHead = original.writeHead;
    res.write = original.write;
    res.end = original.end;
    if (res.statusCode === 304 || res.statusCode === 204) return original.end();

    const language = languageOfInternalPath(pathnameOf(req));
    const html = withDocumentLanguage(
      placeHeadCode(substituteErrorShell(Buffer.concat(chunks).toString("utf8"), res.statusCode, errorPages, language)),
      language,
    );
    const ads = currentAdSources();
    const trusted = trustInlineScripts(dropEmptyFormActions(keepClientRuntime ? html : stripFrameworkJs(html, ads)), scriptNonceOf(req), ads.scriptHashes);
    const body = Buffer.from(trusted.html, "utf8");
    res.setHeader("content-security-policy", readerPolicy(trusted.hashes, ads));
    const policy = readerCachePolicy(pathnameOf(req), res.statusCode);
    if (policy.cacheControl) res.setHeader("cache-control", policy.cacheControl);
    const vary = new Map<string, string>();
    for (const name of [...(res.getHeader("vary")?.toString().split(",") ?? []), "Accept-Encoding", ...(policy.varyCookie ? ["Cookie"] : [])]) {
      if (name.trim()) vary.set(name.trim().toLowerCase(), name.trim());
    }
    res.setHeader("vary", [...vary.values()].join(", "));
    const headers = Object.entries(res.getHeaders())
      .filter(([name, value]) => value !== undefined && !PER_REQUEST_HEADERS.has(name))
      .map(([name, value]) => [name, String(value)] as [string, string]);
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.setHeader("x-vestnik-cache", "MISS");

    const cacheable =
      key !== null &&
      report.tags !== undefined &&
      (res.statusCode === 200 || res.statusCode === 404) &&
      (onlyStatus === undefined || res.statusCode === onlyStatus) &&
      !headers.some(([name]) => name === "set-cookie") &&
      isCompleteDocument(body);
    if (cacheable) {
      // A 404 waits for nothing: the article it stands for may be published any moment.
      const { tags, softTags } = res.statusCode === 404 ? { tags: [...report.tags!], softTags: [] } : splitSidebarTags(report.tags!, pathnameOf(req));
      if (sharedCacheInFront()) headers.push(...surrogateKeyHeaders(tags, softTags));
      const maxAgeMs = report.revalidateSeconds !== undefined && report.revalidateSeconds > 0 ? report.revalidateSeconds * 1000 : undefined;
      const etag = headers.find(([n]) => n === "etag")?.[1] ?? null;
      const stored = cache.store(key, { status: res.statusCode, headers, body, etag, tags, softTags, maxAgeMs }, version);
      if (stored.version === version) return send(req, res, head, stored.status, stored.headers, stored.body, stored.gzip);
    }
    send(req, res, head, res.statusCode, headers, body, body.byteLength > 1024 && acceptsGzip(req) ? gzipSync(body, { level: 6 }) : null);
  }) as ServerResponse["end"];
}
