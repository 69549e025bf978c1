import { readFile } from "node:fs/promises";
import path from "node:path";

/** Noto Sans Bold, shipped with the app by @fontsource: Latin, Cyrillic and Kazakh letters (WOFF; the renderer cannot read WOFF2). */
const SUBSETS = ["latin", "cyrillic", "cyrillic-ext"] as const;

export type OgFont = { name: string; data: ArrayBuffer; weight: 700; style: "normal" };

/** Each subset is its own family: the renderer takes one font per family and falls back along this list. */
export const OG_FONT_FAMILY = SUBSETS.map((s) => `"Noto Sans ${s}"`).join(", ");

let loaded: Promise<OgFont[]> | undefined;

export function ogFonts(): Promise<OgFont[]> {
  loaded ??= Promise.all(
    SUBSETS.map(async (subset) => {
      const file = path.join(
        /* turbopackIgnore: true */ process.cwd(),
        "node_modules",
        "@fontsource",
        "noto-sans",
        "files",
        `noto-sans-${subset}-700-normal.woff`,
      );
      const buffer = await readFile(file);
      return {
        name: `Noto Sans ${subset}`,
        data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
        weight: 700 as const,
        style: "normal" as const,
      };
    }),
  );
  return loaded;
}
