import "server-only";
import { db } from "@/lib/db";
import type { WxrInput } from "@/lib/wordpress/wxr-reader";
import { startWordPressImport, type ImportOptions, type ImportRun } from "./import-wordpress";

/** An import into the site's own database (the newsroom's import screen). */
export function startImportIntoSite(input: WxrInput, options: ImportOptions = {}): Promise<ImportRun> {
  return startWordPressImport(db(), input, options);
}
