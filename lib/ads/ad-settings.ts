import { z } from "zod";

/** Stored in the `Setting` row ADS_SETTING_KEY; its changes expire `ads`. */
export { ADS_SETTING_KEY } from "@/lib/cache/tags";

export type AdSettings = {
  /** Counters' code for the end of <head> (Яндекс.Метрика, Google Analytics…). */
  headCode: string;
  /** Code for the end of <body> (LiveInternet's image counter, noscript fallbacks…). */
  bodyCode: string;
  /** Origins the ad and counter code loads by itself, which its markup does not name. */
  extraOrigins: string[];
  /** Hashes of the counters' inline scripts, computed when an administrator saved them. */
  scriptHashes: string[];
};

export const NO_AD_SETTINGS: AdSettings = { headCode: "", bodyCode: "", extraOrigins: [], scriptHashes: [] };

const strings = z.array(z.string()).catch([]);

/** Reads the stored JSON; anything that does not fit falls back to nothing rather than breaking every page. */
export function parseAdSettings(value: unknown): AdSettings {
  return z
    .object({ headCode: z.string().catch(""), bodyCode: z.string().catch(""), extraOrigins: strings, scriptHashes: strings })
    .catch(NO_AD_SETTINGS)
    .parse(value ?? NO_AD_SETTINGS);
}
