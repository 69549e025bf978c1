import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, clientAddressFromHeader, sealClientAddress } from "./client-address";

const request = (peer: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor } }) as unknown as IncomingMessage;

describe("clientAddress", () => {
  it("is the socket's address unless a proxy is trusted", () => {
    expect(clientAddress(request("::ffff:203.0.113.5", "1.2.3.4"), false)).toBe("203.0.113.5");
  });

  it("takes what a trusted proxy appended, skipping trusted proxies in a chain", () => {
    expect(clientAddress(request("127.0.0.1", "1.2.3.4, 198.51.100.7"), true)).toBe("198.51.100.7");
    expect(clientAddress(request("10.0.0.2", "spoofed, 198.51.100.7, 10.0.0.3"), true, ["10.0.0.2", "10.0.0.3"])).toBe("198.51.100.7");
    expect(clientAddress(request("127.0.0.1"), true)).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from anyone who is not a trusted proxy", () => {
    expect(clientAddress(request("203.0.113.9", "1.1.1.1"), true)).toBe("203.0.113.9");
  });
});

describe("the client-address header handed to Next", () => {
  it("carries an address only when this process's server sealed it", () => {
    expect(clientAddressFromHeader(sealClientAddress("198.51.100.7"))).toBe("198.51.100.7");
    expect(clientAddressFromHeader(sealClientAddress("::1"))).toBe("::1");
  });

  it("is worth nothing when a client sends it itself, as it could under next start or next dev", () => {
    const sealed = sealClientAddress("198.51.100.7");
    expect(clientAddressFromHeader("10.0.0.1")).toBe("unknown");
    expect(clientAddressFromHeader(sealed.replace("198.51.100.7", "10.0.0.1"))).toBe("unknown");
    expect(clientAddressFromHeader("10.0.0.1 " + sealed.split(" ")[1])).toBe("unknown");
    expect(clientAddressFromHeader("")).toBe("unknown");
    expect(clientAddressFromHeader(null)).toBe("unknown");
  });
});
