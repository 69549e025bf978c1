export type ShareLink = { network: string; label: string; href: string };

/** Share pages of each network, opened by plain links: no third-party scripts on our pages. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: "telegram", label: "Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: "whatsapp", label: "WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: "vk", label: "ВКонтакте", href: `https://vk.com/share.php?url=${u}&title=${t}` },
    { network: "facebook", label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: "x", label: "X", href: `https://x.com/intent/tweet?url=${u}&text=${t}` },
  ];
}
