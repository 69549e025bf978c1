// Next's route cache (ISR), configured as `cacheHandler` in next.config.ts. Plain JavaScript:
// Next loads it itself, outside the bundle.
//
// Under `npm start` Vestnik's own page cache (lib/edge/page-cache.ts) keeps finished pages,
// with versions that no render racing a change can beat. Next's route cache would be a second
// copy without them, and it writes every URL ever asked for (404s included) to disk. So while
// serving, nothing is stored. `next build` still writes the prerendered pages, and they are read.
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import SharedCacheControlsModule from "next/dist/server/lib/incremental-cache/shared-cache-controls.external.js";

const FileSystemCache = FileSystemCacheModule.default;
const { SharedCacheControls } = SharedCacheControlsModule;
// Created by lib/edge/render-context.ts when the server starts; absent while building.
const RENDER_CONTEXT = Symbol.for("vestnik.renderContext");

export default class RouteCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (!globalThis[RENDER_CONTEXT]) return super.set(key, data, ctx);
    // Next remembers each key's lifetime in a map of its own; with nothing stored it would only grow.
    SharedCacheControls.cacheControls?.delete(key);
  }
}
