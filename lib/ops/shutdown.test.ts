import { createServer, request, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { drainable, type Drain } from "./shutdown";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Answer = { status: number; body: string; connection: string | undefined };

function get(port: number, path: string, agent?: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

let server: Server | undefined;

afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

/** A server whose /slow/<ms> answers after that many milliseconds, in two writes. */
async function slowServer(): Promise<{ port: number; drain: Drain }> {
  server = createServer();
  const drain = drainable(server);
  server.on("request", (req, res) => {
    const ms = Number(req.url?.split("/")[2] ?? 0);
    res.writeHead(200, { "content-type": "text/plain" });
    res.write("start;");
    setTimeout(() => res.end(`done after ${ms}`), ms);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, drain };
}

describe("drainable", () => {
  it("finishes every request in flight, refuses new connections, and tells kept-alive clients to close", async () => {
    const { port, drain } = await slowServer();
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const inFlight = Array.from({ length: 50 }, (_, i) => get(port, `/slow/${200 + i * 4}`, agent));
    await sleep(100);
    expect(drain.inFlight).toBe(50);

    const closing = drain.close(5_000);
    await sleep(20);
    await expect(get(port, "/slow/0")).rejects.toThrow(/ECONNREFUSED/);

    const answers = await Promise.all(inFlight);
    expect(answers.every((a) => a.status === 200 && /^start;done after \d+$/.test(a.body))).toBe(true);
    // Headers went out before the drain began: those connections end when their response does.
    expect(await closing).toBe(0);
    expect(drain.inFlight).toBe(0);
    agent.destroy();
  });

  it("tells a kept-alive request in flight when the drain begins to close its connection", async () => {
    server = createServer();
    const drain = drainable(server);
    server.on("request", (req, res) => {
      setTimeout(() => res.end("ok"), req.url === "/slow" ? 300 : 0);
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await get(port, "/fast", agent)).connection).toBe("keep-alive");
    const slow = get(port, "/slow", new Agent({ keepAlive: true }));
    await sleep(50);
    const closing = drain.close(5_000);
    const answer = await slow;
    expect(answer).toMatchObject({ status: 200, body: "ok", connection: "close" });
    expect(await closing).toBe(0);
    agent.destroy();
  });

  it("cuts what is still running when the time is up", async () => {
    const { port, drain } = await slowServer();
    const quick = get(port, "/slow/50");
    const endless = get(port, "/slow/60000").catch((error: Error) => error);
    await sleep(20);
    const started = Date.now();
    expect(await drain.close(300)).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((await quick).body).toBe("start;done after 50");
    expect(await endless).toBeInstanceOf(Error);
  });

  it("closes at once when nothing is in flight", async () => {
    const { port, drain } = await slowServer();
    await get(port, "/slow/0", new Agent({ keepAlive: true }));
    const started = Date.now();
    expect(await drain.close(10_000)).toBe(0);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
