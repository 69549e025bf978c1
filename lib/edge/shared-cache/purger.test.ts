import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPurger } from "./purger";
import { surrogateKeys } from "./surrogate-keys";

describe("surrogateKeys", () => {
  it("lists a page's tags and marks its sidebar tags soft", () => {
    expect(surrogateKeys(["site", "article:7"], ["lists", "summary:3"])).toBe("site article:7 soft:lists soft:summary:3");
  });
});

describe("createPurger", () => {
  let server: Server;
  let url: string;
  let received: { method: string; headers: IncomingHttpHeaders }[];
  let failFirst: number;

  beforeEach(async () => {
    received = [];
    failFirst = 0;
    server = createServer((req, res) => {
      received.push({ method: req.method ?? "", headers: req.headers });
      res.writeHead(failFirst-- > 0 ? 503 : 200).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends a hard PURGE by key at once and again after the settle time", async () => {
    const purger = createPurger({ urls: [url], leading: () => true, settleMs: 100, softEveryMs: 60_000 });
    purger.purge(["article:7", "lists"]);
    await expect.poll(() => received.length).toBe(2);
    expect(received.map((r) => [r.method, r.headers["xkey-purge"], r.headers["xkey-softpurge"]])).toEqual([
      ["PURGE", "article:7 lists", undefined],
      ["PURGE", "article:7 lists", undefined],
    ]);
    await purger.stop();
  });

  it("gathers sidebar (soft) purges and sends them once per window, after it", async () => {
    const purger = createPurger({ urls: [url], leading: () => true, settleMs: 60_000, softEveryMs: 300 });
    purger.purge(["lists", "summary:3"]);
    purger.purge(["lists", "article:9"]);
    await new Promise((r) => setTimeout(r, 100));
    expect(received.filter((r) => r.headers["xkey-softpurge"])).toEqual([]);
    await expect.poll(() => received.filter((r) => r.headers["xkey-softpurge"]).length).toBe(1);
    expect(received.find((r) => r.headers["xkey-softpurge"])!.headers["xkey-softpurge"]).toBe("soft:lists soft:summary:3 soft:article:9");
    purger.purge(["summary:4"]);
    await expect.poll(() => received.filter((r) => r.headers["xkey-softpurge"]).length).toBe(2);
    await purger.stop();
  });

  it("sends nothing from an instance that does not lead", async () => {
    const purger = createPurger({ urls: [url], leading: () => false, settleMs: 10 });
    purger.purge(["site"]);
    await new Promise((r) => setTimeout(r, 100));
    await purger.stop();
    expect(received).toEqual([]);
  });

  it("retries a cache that refuses, and reports one that stays away", async () => {
    failFirst = 2;
    const errors: string[] = [];
    const purger = createPurger({
      urls: [url, "http://127.0.0.1:9/"],
      leading: () => true,
      settleMs: 60_000,
      retries: 2,
      onError: (_e, at) => errors.push(at),
    });
    purger.purge(["site"]);
    await expect.poll(() => received.length, { timeout: 3_000 }).toBe(3);
    await expect.poll(() => errors, { timeout: 3_000 }).toEqual(["http://127.0.0.1:9/"]);
    await purger.stop();
  });
});
