import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchUpload, isPrivateAddress, type FetchPolicy } from "./fetch-upload";

let server: Server;
let port = 0;
let requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    if (request.url === "/big.jpg") return response.writeHead(200).end(Buffer.alloc(5000));
    if (request.url === "/to-private") return response.writeHead(302, { location: `http://localhost:${port}/small.jpg` }).end();
    if (request.url === "/small.jpg") return response.writeHead(200).end(Buffer.from("tiny"));
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

const policy = (extra: Partial<FetchPolicy> = {}): FetchPolicy => ({ idleMs: 2000, totalMs: 5000, maxBytes: 1000, ...extra });

describe("fetching an old upload", () => {
  it("knows the addresses no public web server has", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "::ffff:a00:1",
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.216.34", "2a00:1450:4010:c05::71", "::ffff:93.184.216.34"]) expect(isPrivateAddress(address), address).toBe(false);
  });

  it("never asks this machine or a private network, by address or by a name that resolves there", async () => {
    requests = [];
    expect(await fetchUpload(`http://127.0.0.1:${port}/small.jpg`, policy())).toEqual({ ok: false, reason: "private" });
    expect(await fetchUpload(`http://localhost:${port}/small.jpg`, policy())).toEqual({ ok: false, reason: "private" });
    expect(await fetchUpload(`http://[::1]:${port}/small.jpg`, policy())).toEqual({ ok: false, reason: "private" });
    expect(requests).toEqual([]);
  });

  it("takes only http and https", async () => {
    expect(await fetchUpload("file:///etc/passwd", policy())).toEqual({ ok: false, reason: "not-http" });
    expect(await fetchUpload("ftp://old.kz/a.jpg", policy())).toEqual({ ok: false, reason: "not-http" });
  });

  it("fetches from the one host it is told to trust, within the size limit, and follows no redirect to a private address", async () => {
    requests = [];
    const trusted = policy({ privateHost: `127.0.0.1:${port}` });
    const small = await fetchUpload(`http://127.0.0.1:${port}/small.jpg`, trusted);
    expect(small.ok && small.bytes.toString()).toBe("tiny");
    expect(await fetchUpload(`http://127.0.0.1:${port}/big.jpg`, trusted)).toEqual({ ok: false, reason: "too-large" });
    expect(await fetchUpload(`http://127.0.0.1:${port}/gone.jpg`, trusted)).toEqual({ ok: false, reason: "missing" });
    // The redirect names localhost, which is not the trusted host: refused before connecting.
    expect(await fetchUpload(`http://127.0.0.1:${port}/to-private`, trusted)).toEqual({ ok: false, reason: "private" });
    expect(requests).toEqual(["/small.jpg", "/big.jpg", "/gone.jpg", "/to-private"]);
  });
});
