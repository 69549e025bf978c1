import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { languageOfInternalPath, routeEdition, SHARED_ROUTES } from "./edition-routing";
import type { Editions } from "@/lib/editions/editions";

const both: Editions = { enabled: ["ru", "kk"], default: "ru" };
const kazakhFirst: Editions = { enabled: ["ru", "kk"], default: "kk" };
const kazakhOnly: Editions = { enabled: ["kk"], default: "kk" };

describe("routeEdition", () => {
  it("serves unprefixed addresses from the default edition and /kk/… from the Kazakh one", () => {
    expect(routeEdition("/", both)).toEqual({ kind: "edition", language: "ru", url: "/ru/front/main" });
    expect(routeEdition("/novosti-dnya?utm_source=x", both)).toEqual({ kind: "edition", language: "ru", url: "/ru/novosti-dnya?utm_source=x" });
    expect(routeEdition("/kk", both)).toEqual({ kind: "edition", language: "kk", url: "/kk/front/main" });
    expect(routeEdition("/kk/", both)).toEqual({ kind: "edition", language: "kk", url: "/kk/front/main" });
    expect(routeEdition("/kk/category/qogam/page/2", both)).toEqual({ kind: "edition", language: "kk", url: "/kk/category/qogam/page/2" });
    expect(routeEdition("/kk/feed", both)).toEqual({ kind: "edition", language: "kk", url: "/kk/feed" });
  });

  it("redirects the default edition's prefixed address to the one without a prefix", () => {
    expect(routeEdition("/ru/novosti-dnya?page=2", both)).toEqual({ kind: "redirect", location: "/novosti-dnya?page=2" });
    expect(routeEdition("/ru", both)).toEqual({ kind: "redirect", location: "/" });
    expect(routeEdition("/kk/x", kazakhFirst)).toEqual({ kind: "redirect", location: "/x" });
    expect(routeEdition("/ru/x", kazakhFirst)).toEqual({ kind: "edition", language: "ru", url: "/ru/x" });
  });

  it("serves Kazakh alone at the root", () => {
    expect(routeEdition("/", kazakhOnly)).toEqual({ kind: "edition", language: "kk", url: "/kk/front/main" });
    // Not published in Russian: passed on, and the [lang] layout answers 404.
    expect(routeEdition("/ru/x", kazakhOnly)).toEqual({ kind: "edition", language: "ru", url: "/ru/x" });
  });

  it("leaves the routes outside the editions alone", () => {
    for (const url of ["/admin/articles", "/media/abc/640.webp", "/sitemap.xml", "/_next/static/x.js", "/api/comments/token"]) {
      expect(routeEdition(url, both)).toEqual({ kind: "shared" });
    }
  });

  it("lists every top-level route of app/ outside the editions, and every file in public/", () => {
    const routes = readdirSync("app", { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith("(") && !e.name.startsWith("_"))
      .map((e) => e.name);
    expect([...routes, ...readdirSync("public")].filter((name) => !SHARED_ROUTES.has(name))).toEqual([]);
    expect(routeEdition("/comments.js", both)).toEqual({ kind: "shared" });
  });
});

describe("languageOfInternalPath", () => {
  it("reads the edition of a rewritten path", () => {
    expect(languageOfInternalPath("/kk/front/main")).toBe("kk");
    expect(languageOfInternalPath("/ru/x")).toBe("ru");
    expect(languageOfInternalPath("/admin")).toBeNull();
  });
});
