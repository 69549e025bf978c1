import type { IncomingMessage, ServerResponse } from "node:http";
import type { Writable } from "node:stream";
import pino, { type Level, type Logger } from "pino";
import pretty from "pino-pretty";
import { env } from "@/lib/env";

export type { Logger } from "pino";

export type LoggerOptions = {
  level?: Level | "silent";
  /** Human-readable lines (a terminal) instead of one JSON object a line (a log collector). */
  pretty?: boolean;
  /** Where lines go; stdout by default. */
  destination?: Writable;
};

export function createLogger({ level = "info", pretty: readable = false, destination }: LoggerOptions = {}): Logger {
  // `err` keeps the stack of errors logged under it; the pretty stream is synchronous so that
  // nothing said just before process.exit is lost.
  const options = { level, serializers: { err: pino.stdSerializers.err } };
  if (readable) return pino(options, pretty({ destination: destination ?? 1, sync: true, ignore: "pid,hostname", translateTime: "SYS:HH:MM:ss" }));
  return destination ? pino(options, destination) : pino(options);
}

const holder = globalThis as typeof globalThis & { __vestnikLogger?: Logger };

/** The process's logger: level from LOG_LEVEL, pretty when stdout is a terminal. */
export function logger(): Logger {
  holder.__vestnikLogger ??= createLogger({ level: env().LOG_LEVEL, pretty: process.stdout.isTTY === true });
  return holder.__vestnikLogger;
}

export type RequestLine = {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** What the page cache said (HIT, STALE, MISS), or null when it was not asked. */
  cache: string | null;
  client: string;
  /** The response ended before it was complete (the client left, or the server cut it). */
  aborted?: true;
};

/** The one line logged per request: the query string stays out (it may carry tokens). */
export function requestLine(
  req: Pick<IncomingMessage, "method" | "url">,
  res: ServerResponse,
  startedAt: bigint,
  client: string,
  now = process.hrtime.bigint(),
): RequestLine {
  const cache = res.getHeader("x-vestnik-cache");
  const line: RequestLine = {
    method: req.method ?? "GET",
    path: (req.url ?? "/").split("?")[0] ?? "/",
    status: res.statusCode,
    durationMs: Math.round(Number(now - startedAt) / 1e4) / 100,
    cache: cache === undefined ? null : String(cache),
    client,
  };
  if (!res.writableFinished) line.aborted = true;
  return line;
}

/** Logs `req` once its response is done, or its connection gone. Call before the URL is rewritten. */
export function logRequest(log: Logger, req: IncomingMessage, res: ServerResponse, client: string): void {
  const startedAt = process.hrtime.bigint();
  // Rewrites (commenter variants, HEAD rendered as GET) change the request on the way: log what the client asked.
  const asked = { method: req.method, url: req.url };
  res.once("close", () => {
    const line = requestLine(asked, res, startedAt, client);
    const level = line.status >= 500 ? "error" : "info";
    log[level](line, "request");
  });
}
