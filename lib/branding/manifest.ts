import { PNG_ICONS } from "./icons";
import type { Branding } from "./types";

export const THEME_COLOR = "#0b3d6e";

/** The name under an icon on a phone's home screen: the whole name when short, else its first word. */
export function shortName(name: string): string {
  if (name.length <= 12) return name;
  return (name.split(/\s+/)[0] ?? name).slice(0, 12);
}

/** The web app manifest; every icon URL carries the branding's version, so they can be cached for a year. */
export function webManifest(branding: Pick<Branding, "name" | "description" | "version">) {
  const icon = (file: "icon-192.png" | "icon-512.png") => ({
    src: `/${file}?v=${branding.version}`,
    sizes: `${PNG_ICONS[file]}x${PNG_ICONS[file]}`,
    type: "image/png",
    purpose: "any",
  });
  return {
    name: branding.name,
    short_name: shortName(branding.name),
    description: branding.description,
    lang: "ru",
    dir: "ltr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: THEME_COLOR,
    icons: [icon("icon-192.png"), icon("icon-512.png")],
  };
}
