import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";

export type FetchPolicy = {
  /** How long a connection may stay silent, and the whole download may take, in ms. */
  idleMs: number;
  totalMs: number;
  maxBytes: number;
  /** A host (`name` or `name:port`) fetched even on a private or loopback address: tests, a site on the newsroom's own network. */
  privateHost?: string;
};

export type FetchOutcome = { ok: true; bytes: Buffer } | { ok: false; reason: "unreachable" | "missing" | "too-large" | "private" | "not-http" };

// Two lists: a BlockList checks IPv4 addresses against IPv6 rules too, as IPv4-mapped addresses.
const PRIVATE_V4 = new net.BlockList();
for (const [address, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  PRIVATE_V4.addSubnet(address, prefix, "ipv4");
}
const PRIVATE_V6 = new net.BlockList();
for (const [address, prefix] of [
  ["::", 128],
  ["::1", 128],
  // NAT64 addresses can name any IPv4 host, private ones included.
  ["64:ff9b::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  PRIVATE_V6.addSubnet(address, prefix, "ipv6");
}

/** `::ffff:127.0.0.1` and `::ffff:7f00:1` are 127.0.0.1. */
function mappedIPv4(address: string): string | null {
  const match = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!match) return null;
  if (match[1]) return match[1];
  const high = Number.parseInt(match[2]!, 16);
  const low = Number.parseInt(match[3]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** Loopback, private, link-local and other addresses no public web server has. */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return PRIVATE_V4.check(address, "ipv4");
  if (family === 0) return true;
  const mapped = mappedIPv4(address);
  return mapped !== null ? PRIVATE_V4.check(mapped, "ipv4") : PRIVATE_V6.check(address, "ipv6");
}

class PrivateAddressError extends Error {
  readonly code = "EPRIVATE";
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** dns.lookup that answers only with public addresses: the check and the connection use the same answer. */
function publicLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const allowed = addresses.filter((a) => !isPrivateAddress(a.address));
    if (allowed.length === 0) return callback(new PrivateAddressError(`${hostname} resolves to a private address`), []);
    if (options.all) return callback(null, allowed);
    callback(null, allowed[0]!.address, allowed[0]!.family);
  });
}

const MAX_REDIRECTS = 3;

/**
 * Downloads an old upload from its site, as a server-side fetch of someone else's URL must:
 * http and https only, never to a loopback or private address (checked on the address actually
 * connected to, redirects included) unless the host is the one `policy` allows, with a size cap
 * and short time limits. "unreachable" (no answer, or a server error) counts against the whole host.
 */
export function fetchUpload(address: string, policy: FetchPolicy, redirects = 0): Promise<FetchOutcome> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return Promise.resolve({ ok: false, reason: "not-http" });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return Promise.resolve({ ok: false, reason: "not-http" });
  const trusted = policy.privateHost !== undefined && (url.host === policy.privateHost || url.hostname === policy.privateHost);
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (!trusted && net.isIP(literal) && isPrivateAddress(literal)) return Promise.resolve({ ok: false, reason: "private" });

  return new Promise<FetchOutcome>((resolve) => {
    const client = url.protocol === "https:" ? https : http;
    let settled = false;
    const finish = (outcome: FetchOutcome | Promise<FetchOutcome>) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      request.destroy();
      resolve(outcome);
    };
    const request = client.get(
      url,
      {
        lookup: trusted ? undefined : (publicLookup as unknown as net.LookupFunction),
        timeout: policy.idleMs,
        headers: { "user-agent": "Vestnik WordPress import" },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location && redirects < MAX_REDIRECTS) {
          response.resume();
          return finish(fetchUpload(new URL(location, url).toString(), policy, redirects + 1));
        }
        if (status !== 200) {
          response.resume();
          return finish({ ok: false, reason: status >= 500 ? "unreachable" : "missing" });
        }
        if (Number(response.headers["content-length"] ?? 0) > policy.maxBytes) return finish({ ok: false, reason: "too-large" });
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > policy.maxBytes) return finish({ ok: false, reason: "too-large" });
          chunks.push(chunk);
        });
        response.on("end", () => finish({ ok: true, bytes: Buffer.concat(chunks) }));
        response.on("error", () => finish({ ok: false, reason: "unreachable" }));
      },
    );
    request.on("timeout", () => finish({ ok: false, reason: "unreachable" }));
    request.on("error", (error: NodeJS.ErrnoException) => finish({ ok: false, reason: error.code === "EPRIVATE" ? "private" : "unreachable" }));
    const deadline = setTimeout(() => finish({ ok: false, reason: "unreachable" }), policy.totalMs);
  });
}
