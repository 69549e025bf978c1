import type { AdPlacement } from "./placements";

/** An ad slot as reader pages show it. */
export type AdSlot = {
  id: number;
  placement: AdPlacement;
  name: string;
  imageUrl: string | null;
  linkUrl: string | null;
  html: string | null;
  weight: number;
  afterNth: number;
  /** Empty: shown with every category. */
  categoryIds: number[];
};

/** The slots live now, by placement, in the administrator's order. */
export type ActiveAds = Partial<Record<AdPlacement, AdSlot[]>>;
