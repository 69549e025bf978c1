import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { redirectTable, type RedirectTable } from "@/lib/redirects/redirect-table";
import { redirectKey } from "@/lib/redirects/normalize";
import { answerOldAddress } from "./old-addresses";

const moved = new Map([
  ["/?p=12", "/novost"],
  ["/2024/05/01/новость", "/novost"],
  ["/category/bar/foo-bar", "/category/foo-bar"],
]);
const table: RedirectTable = {
  lookup: (url) => {
    const key = redirectKey(url);
    return key === null ? null : (moved.get(key) ?? null);
  },
  reload: async () => undefined,
  size: moved.size,
};

/** The server's table over rows as the importer leaves them, without a database. */
const rows = [
  { from: "/category/oblast/новости", to: "/category/novosti" },
  { from: "/tag/выборы", to: "/tag/vybory" },
];
const withPatterns = redirectTable({
  redirect: { findMany: async () => rows },
  category: { findMany: async () => [{ slug: "novosti" }, { slug: "sport" }] },
} as unknown as Pick<PrismaClient, "redirect" | "category">);

let server: Server;
let base: string;

beforeAll(async () => {
  await withPatterns.reload();
  server = createServer((req, res) => {
    const answered = req.headers["x-patterns"] ? answerOldAddress(req, res, withPatterns) : answerOldAddress(req, res, table);
    if (!answered) res.writeHead(200).end("page");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, method = "GET") => fetch(base + path, { method, redirect: "manual" });

describe("answerOldAddress", () => {
  it("sends every form of an old link to its new address with a 301", async () => {
    for (const path of ["/?p=12", "/?p=12&utm_source=vk", "/2024/05/01/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C/", "/category/bar/foo-bar/"]) {
      const res = await get(path);
      expect(res.status, path).toBe(301);
      expect(res.headers.get("location"), path).toBe(moved.get(redirectKey(path)!));
    }
    expect((await get("/?p=12", "HEAD")).status).toBe(301);
  });

  it("leaves everything else, and the newsroom, to the site", async () => {
    for (const path of ["/novost", "/?p=13", "/admin/?p=12"]) expect((await get(path)).status, path).toBe(200);
    expect((await fetch(base + "/?p=12", { method: "POST", redirect: "manual" })).status).toBe(200);
  });
});

describe("answerOldAddress with WordPress's address patterns", () => {
  const getPattern = (path: string) => fetch(base + path, { redirect: "manual", headers: { "x-patterns": "1" } });
  const cyrillic = (text: string) => encodeURIComponent(text);

  it("answers feeds, paged archives and nested categories with a 301 to an ASCII location", async () => {
    const cases: [string, string][] = [
      ["/feed/", "/feed"],
      ["/?feed=rss2&utm_source=x", "/feed"],
      [`/category/oblast/${cyrillic("новости")}/feed/`, "/feed/novosti"],
      [`/category/oblast/${cyrillic("новости")}/page/2/?utm_medium=y`, "/category/novosti/page/2"],
      [`/category/oblast/${cyrillic("новости")}/`, "/category/novosti"],
      ["/category/oblast/sport/", "/category/sport"],
      [`/tag/${cyrillic("выборы")}/page/3/`, "/tag/vybory/page/3"],
      ["/comments/feed/", "/feed"],
      ["/page/4/", "/"],
    ];
    for (const [path, location] of cases) {
      const res = await getPattern(path);
      expect(res.status, path).toBe(301);
      expect(res.headers.get("location"), path).toBe(location);
    }
  });

  it("leaves the site's routes to the app", async () => {
    for (const path of ["/feed", "/feed/sport", "/category/sport", "/category/sport/page/2", "/novost", "/admin/feed/"])
      expect((await getPattern(path)).status, path).toBe(200);
  });
});
