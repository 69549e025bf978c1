/** The social networks the footer and the Organization's `sameAs` may link, with the hosts each lives on. */
export const SOCIAL_NETWORKS = {
  vk: { label: "ВКонтакте", hosts: ["vk.com", "vk.ru", "m.vk.com"] },
  telegram: { label: "Telegram", hosts: ["t.me", "telegram.me"] },
  instagram: { label: "Instagram", hosts: ["instagram.com", "www.instagram.com"] },
  youtube: { label: "YouTube", hosts: ["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"] },
  facebook: { label: "Facebook", hosts: ["facebook.com", "www.facebook.com", "m.facebook.com", "fb.com"] },
  x: { label: "X", hosts: ["x.com", "twitter.com", "www.twitter.com"] },
  whatsapp: { label: "WhatsApp", hosts: ["wa.me", "whatsapp.com", "www.whatsapp.com", "chat.whatsapp.com"] },
} as const;

export type SocialNetwork = keyof typeof SOCIAL_NETWORKS;

export const SOCIAL_NETWORK_IDS = Object.keys(SOCIAL_NETWORKS) as SocialNetwork[];

/** Whether `value` is an https link to a profile on `network`. */
export function isProfileUrl(network: SocialNetwork, value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && (SOCIAL_NETWORKS[network].hosts as readonly string[]).includes(url.hostname.toLowerCase()) && url.pathname.length > 1;
  } catch {
    return false;
  }
}
