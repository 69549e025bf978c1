import type { IncomingMessage } from "node:http";
import { FRONT_EDITION } from "@/lib/route-params";
import type { Editions } from "@/lib/editions/editions";
import { isLanguage, type Language } from "@/lib/i18n/languages";

/**
 * Top-level routes that belong to no edition: everything in app/ outside (site)/[lang], the files
 * in public/, and what the server answers itself (edition-routing.test.ts checks app/ and public/).
 */
export const SHARED_ROUTES = new Set([
  "comments.js",
  "admin",
  "api",
  "_next",
  "media",
  "social",
  "go",
  "sitemaps",
  "sitemap.xml",
  "robots.txt",
  "favicon.ico",
  "manifest.webmanifest",
  "logo.png",
  "apple-touch-icon.png",
  "icon-32.png",
  "icon-192.png",
  "icon-512.png",
  "healthz",
  "readyz",
  "metrics",
]);

/** The home page's route inside an edition (app/(site)/[lang]/front/[edition]). */
const FRONT = `/front/${FRONT_EDITION}`;

export type EditionRoute =
  /** Served by app/(site)/[lang] at `url`. */
  | { kind: "edition"; language: Language; url: string }
  /** The default edition's address typed with its prefix: one address per page. */
  | { kind: "redirect"; location: string }
  | { kind: "shared" };

/**
 * Where a public URL is served: "/x" is the default edition's "/<default>/x", "/kk/x" the Kazakh
 * edition's (when Kazakh is not the default), and "/" and "/kk" their home pages. A prefix of a
 * language the site does not publish in is passed on as it is, to be a 404.
 */
export function routeEdition(url: string, editions: Editions): EditionRoute {
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : url.slice(queryAt);
  const first = pathname.split("/")[1] ?? "";
  if (SHARED_ROUTES.has(first)) return { kind: "shared" };
  if (isLanguage(first)) {
    const rest = pathname.slice(first.length + 1);
    if (first === editions.default) return { kind: "redirect", location: (rest || "/") + query };
    const inside = rest === "" || rest === "/" ? FRONT : rest;
    return { kind: "edition", language: first, url: `/${first}${inside}${query}` };
  }
  const inside = pathname === "/" ? FRONT : pathname;
  return { kind: "edition", language: editions.default, url: `/${editions.default}${inside}${query}` };
}

/** The language of an internal edition URL ("/kk/…"), as routeEdition made it. */
export function languageOfInternalPath(pathname: string): Language | null {
  const first = pathname.split("/")[1] ?? "";
  return isLanguage(first) ? first : null;
}

/** Rewrites a reader request to its edition's route; returns a redirect location instead when there is one. */
export function rewriteToEdition(req: IncomingMessage, editions: Editions): { redirect: string } | null {
  const route = routeEdition(req.url ?? "/", editions);
  if (route.kind === "redirect") return { redirect: route.location };
  if (route.kind === "edition") req.url = route.url;
  return null;
}
