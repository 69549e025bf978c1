/**
 * The third-party posts and videos an article may embed. Each provider knows how to read its
 * own addresses, what an id looks like, the original page (the link every reader gets) and the
 * frame loaded only when the reader asks for it.
 */
export const EMBED_PROVIDERS = ["youtube", "vk", "telegram", "x", "instagram"] as const;

export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

export type Embed = { provider: EmbedProvider; id: string };

type ProviderRules = {
  label: string;
  /** What the reader is about to load: «видео» or «пост». */
  kind: "видео" | "пост";
  idPattern: RegExp;
  pageUrl: (id: string) => string;
  frameUrl: (id: string) => string;
  /** The frame's height when the provider does not size it by aspect ratio. */
  frameHeight?: number;
};

const vkParts = (id: string) => id.split("_") as [string, string];

export const PROVIDERS: Record<EmbedProvider, ProviderRules> = {
  youtube: {
    label: "YouTube",
    kind: "видео",
    idPattern: /^[A-Za-z0-9_-]{11}$/,
    pageUrl: (id) => `https://www.youtube.com/watch?v=${id}`,
    frameUrl: (id) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
  },
  vk: {
    label: "VK Видео",
    kind: "видео",
    idPattern: /^-?[1-9][0-9]{0,19}_[1-9][0-9]{0,19}$/,
    pageUrl: (id) => `https://vkvideo.ru/video${id}`,
    frameUrl: (id) => `https://vk.com/video_ext.php?oid=${vkParts(id)[0]}&id=${vkParts(id)[1]}&autoplay=1`,
  },
  telegram: {
    label: "Telegram",
    kind: "пост",
    idPattern: /^[A-Za-z][A-Za-z0-9_]{3,31}\/[1-9][0-9]{0,9}$/,
    pageUrl: (id) => `https://t.me/${id}`,
    frameUrl: (id) => `https://t.me/${id}?embed=1`,
    frameHeight: 560,
  },
  x: {
    label: "X (Twitter)",
    kind: "пост",
    idPattern: /^[1-9][0-9]{0,19}$/,
    pageUrl: (id) => `https://x.com/i/status/${id}`,
    frameUrl: (id) => `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`,
    frameHeight: 560,
  },
  instagram: {
    label: "Instagram",
    kind: "пост",
    idPattern: /^[A-Za-z0-9_-]{5,40}$/,
    pageUrl: (id) => `https://www.instagram.com/p/${id}/`,
    frameUrl: (id) => `https://www.instagram.com/p/${id}/embed/`,
    frameHeight: 640,
  },
};

/** The origins the reader pages' Content-Security-Policy lets these frames come from (VK redirects vk.com to vkvideo.ru). */
export const EMBED_FRAME_ORIGINS = [
  "https://www.youtube-nocookie.com",
  "https://vk.com",
  "https://vkvideo.ru",
  "https://t.me",
  "https://platform.twitter.com",
  "https://www.instagram.com",
] as const;

export function isEmbedProvider(value: unknown): value is EmbedProvider {
  return typeof value === "string" && (EMBED_PROVIDERS as readonly string[]).includes(value);
}

/** A stored provider and id that are still valid: anything else is not an embed. */
export function embedOf(provider: unknown, id: unknown): Embed | null {
  if (!isEmbedProvider(provider) || typeof id !== "string") return null;
  return PROVIDERS[provider].idPattern.test(id) ? { provider, id } : null;
}
