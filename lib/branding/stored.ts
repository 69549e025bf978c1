import { z } from "zod";
import { SOCIAL_NETWORK_IDS, type SocialNetwork } from "./social";
import { AGE_MARKS, type BrandingSettings } from "./types";

export const DEFAULT_COPYRIGHT = "Региональное информационное издание. При использовании материалов ссылка на источник обязательна.";

/** What a site shows before anyone fills in «Оформление и реквизиты». */
export function defaultBranding(siteName: string): BrandingSettings {
  return {
    name: siteName,
    description: `${siteName}: новости региона.`,
    social: Object.fromEntries(SOCIAL_NETWORK_IDS.map((n) => [n, ""])) as Record<SocialNetwork, string>,
    contacts: { address: "", phone: "", email: "" },
    ageMark: "16+",
    registrationNote: "",
    copyright: DEFAULT_COPYRIGHT,
    logoLightId: null,
    logoDarkId: null,
    iconId: null,
  };
}

const text = (fallback = "") => z.string().catch(fallback);
const mediaId = z.number().int().positive().nullable().catch(null);

/**
 * Reads the stored JSON field by field: a value that is missing or does not fit (a hand-edited
 * row, an older shape) falls back to its default instead of taking every page down.
 */
export function parseStoredBranding(value: unknown, siteName: string): BrandingSettings {
  const fallback = defaultBranding(siteName);
  const schema = z
    .object({
      name: z.string().min(1).catch(fallback.name),
      description: text(fallback.description),
      social: z.object(Object.fromEntries(SOCIAL_NETWORK_IDS.map((n) => [n, text()]))).catch(fallback.social),
      contacts: z.object({ address: text(), phone: text(), email: text() }).catch(fallback.contacts),
      ageMark: z.enum([...AGE_MARKS, ""]).catch(fallback.ageMark),
      registrationNote: text(),
      copyright: text(fallback.copyright),
      logoLightId: mediaId,
      logoDarkId: mediaId,
      iconId: mediaId,
    })
    .catch(fallback);
  const parsed = schema.parse(value ?? fallback);
  return { ...parsed, social: { ...fallback.social, ...parsed.social } } as BrandingSettings;
}
