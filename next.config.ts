import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

// The Content-Security-Policy is set by the server (scripts/start.ts): per request for the
// newsroom (a nonce), per page for readers (hashes of the scripts each page keeps).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Stores nothing while serving: the server's page cache keeps pages (see the handler).
  cacheHandler: fileURLToPath(new URL("./lib/edge/route-cache-handler.mjs", import.meta.url)),
  // Next's in-memory "use cache" store, reporting each page's tags to the page cache.
  cacheHandlers: { default: fileURLToPath(new URL("./lib/edge/data-cache-handler.mjs", import.meta.url)) },
  // Every reader is served as Next serves HTML-limited bots: the whole page in one render, with
  // its metadata in <head>, instead of a prerendered shell streamed full afterwards, which costs a
  // second render and needs client JS. (Requests without a User-Agent get one in scripts/start.ts.)
  htmlLimitedBots: /./,
  partialPrefetching: true,
  serverExternalPackages: ["@electric-sql/pglite", "sharp", "@node-rs/argon2"],
  poweredByHeader: false,
  // Compression happens in lib/edge/reader-responses.ts, after reader pages are trimmed.
  compress: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
