import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { contentTypeOf, type MediaStorage, type ObjectFile } from "./types";

const SAFE_KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

/** Media as files under `root` (DATA_DIR/media): `<root>/<mediaKey>/<width>.webp`. */
export function localStorage(root: string): MediaStorage {
  const file = (key: string) => {
    if (!SAFE_KEY.test(key)) throw new Error(`Invalid media object key: ${JSON.stringify(key)}`);
    return path.join(root, key);
  };
  const temporary = (target: string) => `${target}.tmp-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

  return {
    kind: "local",
    label: root,
    async put(key, body) {
      const target = file(key);
      const tmp = temporary(target);
      await mkdir(path.dirname(target), { recursive: true });
      try {
        await writeFile(tmp, body);
        await rename(tmp, target);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    },
    // Written into a temporary directory and renamed into place: a key never holds a partial set.
    async replace(prefix, files: readonly ObjectFile[]) {
      const target = file(prefix);
      const tmp = temporary(target);
      await mkdir(tmp, { recursive: true });
      try {
        for (const f of files) await writeFile(path.join(tmp, path.basename(f.name)), f.body);
        await rm(target, { recursive: true, force: true });
        await rename(tmp, target);
      } catch (error) {
        await rm(tmp, { recursive: true, force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        const target = file(key);
        const [body, info] = await Promise.all([readFile(target), stat(target)]);
        return { body, contentType: contentTypeOf(key), size: body.byteLength, etag: `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"` };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async size(key) {
      try {
        return (await stat(file(key))).size;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async deletePrefix(prefix) {
      await rm(file(prefix), { recursive: true, force: true });
    },
    async *list() {
      let entries;
      try {
        entries = await readdir(root, { recursive: true, withFileTypes: true });
      } catch (error) {
        if (isMissing(error)) return;
        throw error;
      }
      for (const entry of entries) {
        const full = path.join(entry.parentPath, entry.name);
        // A set being written (see replace) is not stored yet.
        if (!entry.isFile() || full.includes(".tmp-")) continue;
        yield { key: path.relative(root, full).split(path.sep).join("/"), size: (await stat(full)).size };
      }
    },
    publicUrl: () => null,
  };
}
