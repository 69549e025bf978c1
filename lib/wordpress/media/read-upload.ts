import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";

export type UploadRead = { bytes: Buffer } | { tooLarge: true } | null;

/**
 * The first of `files` (paths relative to a copy of wp-content/uploads) that exists inside
 * `root`; a path or link leading out of the folder is never followed. Null when none exists.
 */
export async function readUpload(root: string, files: string[], maxBytes: number): Promise<UploadRead> {
  const base = await realpath(root);
  for (const file of files) {
    const candidate = path.resolve(base, file);
    if (!candidate.startsWith(base + path.sep)) continue;
    let real: string;
    try {
      real = await realpath(candidate);
    } catch {
      continue;
    }
    if (!real.startsWith(base + path.sep)) continue;
    const info = await stat(real);
    if (!info.isFile()) continue;
    if (info.size > maxBytes) return { tooLarge: true };
    return { bytes: await readFile(real) };
  }
  return null;
}
