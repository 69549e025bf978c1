import "server-only";
import { getBranding } from "./reads";
import { iconSetFor } from "./icon-set";
import type { IconFile } from "./icons";
import { webManifest } from "./manifest";

const CONTENT_TYPES: Record<IconFile | "manifest.webmanifest", string> = {
  "favicon.ico": "image/x-icon",
  "icon-32.png": "image/png",
  "apple-touch-icon.png": "image/png",
  "icon-192.png": "image/png",
  "icon-512.png": "image/png",
  "manifest.webmanifest": "application/manifest+json",
};

/**
 * Pages link these with ?v=<branding version>: such a URL never changes content, so it is cached
 * for a year. The bare URL (browsers ask for /favicon.ico by themselves) may change, so a day,
 * and its ETag lets browsers check it cheaply.
 */
function brandResponse(request: Request, file: IconFile | "manifest.webmanifest", version: string, body: Uint8Array | string): Response {
  const etag = `"${version}"`;
  const versioned = new URL(request.url).searchParams.get("v") === version;
  const headers = {
    "content-type": CONTENT_TYPES[file],
    "cache-control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=86400",
    etag,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(typeof body === "string" ? body : (body as BodyInit), { headers });
}

export async function iconResponse(request: Request, file: IconFile): Promise<Response> {
  const branding = await getBranding();
  const icons = await iconSetFor(branding);
  return brandResponse(request, file, branding.version, new Uint8Array(icons[file]));
}

export async function manifestResponse(request: Request): Promise<Response> {
  const branding = await getBranding();
  return brandResponse(request, "manifest.webmanifest", branding.version, JSON.stringify(webManifest(branding)));
}

/** /logo.png, the publisher logo of structured data: the 512 px icon. */
export async function logoResponse(): Promise<Response> {
  const icons = await iconSetFor(await getBranding());
  return new Response(new Uint8Array(icons["icon-512.png"]), { headers: { "content-type": "image/png", "cache-control": "public, max-age=86400" } });
}
