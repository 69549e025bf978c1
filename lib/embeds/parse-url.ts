import { embedOf, type Embed, type EmbedProvider } from "./providers";

type Reader = (url: URL, path: string[]) => string | null | undefined;

const YOUTUBE_PATHS = new Set(["embed", "shorts", "live", "v"]);

const youtube: Reader = (url, path) => {
  if (url.hostname === "youtu.be") return path.length === 1 ? path[0] : null;
  if (path.length === 1 && path[0] === "watch") return url.searchParams.get("v");
  return path.length === 2 && YOUTUBE_PATHS.has(path[0]!) ? path[1] : null;
};

const vk: Reader = (url, path) => {
  if (path.length === 1 && path[0] === "video_ext.php") return `${url.searchParams.get("oid")}_${url.searchParams.get("id")}`;
  const overlay = /^video(-?\d+_\d+)$/.exec(url.searchParams.get("z")?.split("/")[0] ?? "");
  if (overlay) return overlay[1];
  const page = path.length === 1 ? /^(?:video|clip)(-?\d+_\d+)$/.exec(path[0]!) : null;
  return page?.[1];
};

const telegram: Reader = (_url, path) => {
  const post = path[0] === "s" ? path.slice(1) : path;
  return post.length === 2 ? post.join("/") : null;
};

const x: Reader = (_url, path) => (path.length >= 3 && (path[1] === "status" || path[1] === "statuses") ? path[2] : null);

const INSTAGRAM_KINDS = new Set(["p", "reel", "reels", "tv"]);

const instagram: Reader = (_url, path) => {
  // Newer links name the account first: /<user>/p/<code>/.
  const rest = path.length === 3 ? path.slice(1) : path;
  return rest.length === 2 && INSTAGRAM_KINDS.has(rest[0]!) ? rest[1] : null;
};

const HOSTS: Record<string, [EmbedProvider, Reader]> = {
  "youtube.com": ["youtube", youtube],
  "www.youtube.com": ["youtube", youtube],
  "m.youtube.com": ["youtube", youtube],
  "youtu.be": ["youtube", youtube],
  "www.youtube-nocookie.com": ["youtube", youtube],
  "vk.com": ["vk", vk],
  "m.vk.com": ["vk", vk],
  "vkvideo.ru": ["vk", vk],
  "m.vkvideo.ru": ["vk", vk],
  "t.me": ["telegram", telegram],
  "telegram.me": ["telegram", telegram],
  "x.com": ["x", x],
  "twitter.com": ["x", x],
  "www.twitter.com": ["x", x],
  "mobile.twitter.com": ["x", x],
  "mobile.x.com": ["x", x],
  "instagram.com": ["instagram", instagram],
  "www.instagram.com": ["instagram", instagram],
};

/**
 * The embed an address points to, or null: only exact hosts, http(s) on the default port, no
 * user info, and an id that matches the provider's own form. Anything else stays a plain link.
 */
export function parseEmbedUrl(text: string): Embed | null {
  const trimmed = text.trim();
  if (trimmed === "" || /\s/.test(trimmed) || trimmed.length > 500) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password || url.port) return null;
  const rule = HOSTS[url.hostname];
  if (!rule) return null;
  const path = url.pathname.split("/").filter(Boolean);
  const id = rule[1](url, path);
  return id ? embedOf(rule[0], id) : null;
}
