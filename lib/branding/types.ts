import type { SocialNetwork } from "./social";

export const AGE_MARKS = ["0+", "6+", "12+", "16+", "18+"] as const;
export type AgeMark = (typeof AGE_MARKS)[number];

/** An image from the media library used as a logo or the icon. */
export type BrandImage = { id: number; key: string; width: number; height: number; widths: number[] };

/** What «Оформление и реквизиты» edits, as stored (images by their media id). */
export type BrandingSettings = {
  name: string;
  description: string;
  social: Record<SocialNetwork, string>;
  contacts: { address: string; phone: string; email: string };
  /** Empty: no mark shown. */
  ageMark: AgeMark | "";
  /** «Свидетельство о постановке на учёт…», the registration line media in Kazakhstan carry. */
  registrationNote: string;
  copyright: string;
  logoLightId: number | null;
  logoDarkId: number | null;
  iconId: number | null;
};

/** The branding as pages use it: the settings with their images, and a version that changes with them. */
export type Branding = Omit<BrandingSettings, "logoLightId" | "logoDarkId" | "iconId"> & {
  /** For light backgrounds (the footer). */
  logoLight: BrandImage | null;
  /** For dark backgrounds (the header). */
  logoDark: BrandImage | null;
  /** The square image the favicon and app icons are made from. */
  icon: BrandImage | null;
  /** Short hash of everything above: busts the icons' and manifest's long-cached URLs. */
  version: string;
};
