import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger, logRequest } from "./logger";

let server: Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

function capture() {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  stream.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  return { log: createLogger({ level: "info", destination: stream }), lines };
}

describe("the request log", () => {
  it("writes one JSON line per request: method, path without the query, status, duration, cache state, client", async () => {
    const { log, lines } = capture();
    server = createServer((req, res) => {
      logRequest(log, req, res, "203.0.113.7");
      // A rewrite on the way must not change what is logged.
      req.url = "/personal/token/rewritten";
      res.setHeader("x-vestnik-cache", "HIT");
      setTimeout(() => res.writeHead(200).end("ok"), 30);
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await (await fetch(`http://127.0.0.1:${port}/novosti-dnya?utm=secret`)).text();
    await new Promise((r) => setTimeout(r, 20));

    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatchObject({ level: 30, msg: "request", method: "GET", path: "/novosti-dnya", status: 200, cache: "HIT", client: "203.0.113.7" });
    expect(line.durationMs).toBeGreaterThanOrEqual(25);
    expect(JSON.stringify(line)).not.toContain("secret");
    expect(line).not.toHaveProperty("aborted");
  });

  it("logs server errors at error level and marks responses cut short", async () => {
    const { log, lines } = capture();
    server = createServer((req, res) => {
      logRequest(log, req, res, "::1");
      if (req.url === "/broken") res.writeHead(500).end();
      else {
        res.writeHead(200);
        res.write("partial");
        setTimeout(() => res.destroy(), 10);
      }
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await (await fetch(`http://127.0.0.1:${port}/broken`)).text();
    await fetch(`http://127.0.0.1:${port}/cut`)
      .then((res) => res.text())
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 50));

    expect(lines.find((l) => l.path === "/broken")).toMatchObject({ level: 50, status: 500, cache: null });
    expect(lines.find((l) => l.path === "/cut")).toMatchObject({ status: 200, aborted: true });
  });

  it("keeps the stack of logged errors", () => {
    const { log, lines } = capture();
    log.error({ err: new Error("база недоступна") }, "Планировщик публикаций: ошибка");
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        expect(lines[0]).toMatchObject({ level: 50, msg: "Планировщик публикаций: ошибка", err: { message: "база недоступна" } });
        expect(String((lines[0]!.err as { stack: string }).stack)).toContain("logger.test.ts");
        resolve();
      }),
    );
  });
});
