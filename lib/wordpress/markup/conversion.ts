export type ConvertOptions = {
  /** The new address of an upload of the old site (`…/wp-content/uploads/…`); null keeps the old one. */
  mediaUrl?: (oldUrl: string) => string | null;
  /** The original upload URL of an attachment (WXR `wp:attachment_url`), for `[gallery ids]`. */
  attachmentUrl?: (id: number) => string | null;
};

/** What one conversion did that the importer should know about. */
export type ConversionLog = {
  embeds: number;
  unknownShortcodes: Set<string>;
  /** Source of shortcodes and blocks removed because nothing could replace them. */
  dropped: string[];
  unresolvedAttachments: Set<number>;
};

export type Conversion = { readonly options: ConvertOptions; readonly log: ConversionLog };

export function startConversion(options: ConvertOptions): Conversion {
  return { options, log: { embeds: 0, unknownShortcodes: new Set(), dropped: [], unresolvedAttachments: new Set() } };
}

export function mapMediaUrl(conversion: Conversion, url: string): string {
  return conversion.options.mediaUrl?.(url) ?? url;
}
