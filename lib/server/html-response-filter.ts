import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { needsClientRuntime, stripFrameworkJs } from "./strip-framework-js";

type Chunk = string | Uint8Array;

const compressed = new Map<string, Buffer>();
const COMPRESSED_ENTRIES = 2000;

/** gzip once per distinct page version (keyed by ETag), not once per request. */
function gzipCached(etag: string | undefined, body: Buffer): Buffer {
  if (!etag) return gzipSync(body, { level: 6 });
  const key = `${etag}:${body.byteLength}`;
  let hit = compressed.get(key);
  if (!hit) {
    hit = gzipSync(body, { level: 6 });
    if (compressed.size >= COMPRESSED_ENTRIES) compressed.delete(compressed.keys().next().value as string);
    compressed.set(key, hit);
  }
  return hit;
}

function toBuffer(chunk: Chunk, encoding?: BufferEncoding): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk);
}

function isHtml(res: ServerResponse): boolean {
  return String(res.getHeader("content-type") ?? "").startsWith("text/html");
}

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

/**
 * Buffers an HTML response of a reader page, strips the framework's client JS from it and
 * gzips it when the client accepts gzip. Anything else passes through untouched.
 */
export function filterHtmlResponses(req: IncomingMessage, res: ServerResponse, errorPages: ErrorPages): void {
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  if ((req.method !== "GET" && req.method !== "HEAD" && req.method !== "POST") || needsClientRuntime(pathname)) return;
  const acceptsGzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));

  const original = { write: res.write.bind(res), end: res.end.bind(res), writeHead: res.writeHead.bind(res), flushHeaders: res.flushHeaders.bind(res) };
  const chunks: Buffer[] = [];
  let buffering: boolean | undefined;

  const decide = () => (buffering ??= isHtml(res));

  // Node sends implicit headers through res.writeHead too, so this must pass through for
  // anything not buffered, and be restored before the buffered body goes out.
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
    chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) queueMicrotask(() => done(null));
    return true;
  }) as ServerResponse["write"];

  res.end = ((...args: unknown[]) => {
    if (!decide()) return (original.end as (...a: unknown[]) => ServerResponse)(...args);
    const callback = args.find((a): a is () => void => typeof a === "function");
    const [chunk, encoding] = args as [Chunk | null | undefined | (() => void), BufferEncoding | undefined];
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") {
      chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    }
    if (res.statusCode === 304 || res.statusCode === 204) {
      res.writeHead = original.writeHead;
      return original.end(callback);
    }
    // Tag invalidation cannot reach shared caches: they must ask again on every request.
    if (res.statusCode === 200) res.setHeader("cache-control", "public, max-age=0, must-revalidate");
    const html = substituteErrorShell(Buffer.concat(chunks).toString("utf8"), res.statusCode, errorPages);
    let body: Buffer = Buffer.from(stripFrameworkJs(html), "utf8");
    res.removeHeader("transfer-encoding");
    const vary = res.getHeader("vary")?.toString();
    if (!vary?.toLowerCase().includes("accept-encoding")) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    if (acceptsGzip && body.byteLength > 1024) {
      body = gzipCached(res.getHeader("etag")?.toString(), body);
      res.setHeader("content-encoding", "gzip");
    }
    res.setHeader("content-length", String(body.byteLength));
    res.writeHead = original.writeHead;
    if (req.method === "HEAD") return original.end(callback);
    return original.end(body, callback);
  }) as ServerResponse["end"];
}
