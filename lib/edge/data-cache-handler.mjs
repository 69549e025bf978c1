// Next's "use cache" store, configured as `cacheHandlers.default` in next.config.ts. Plain
// JavaScript: Next loads it itself, outside the bundle.
//
// It is Next's own in-memory handler, plus one thing: every entry a render reads or writes is
// reported to the request being served (lib/edge/render-context.ts), so that the page cache
// knows which tags the finished page depends on, and how long its shortest-lived read lasts.
import DefaultHandlerModule from "next/dist/server/lib/cache-handlers/default.js";

const RENDER_CONTEXT = Symbol.for("vestnik.renderContext");
const MAX_BYTES = Number(process.env.DATA_CACHE_MB || 32) * 1024 * 1024;
const store = DefaultHandlerModule.createDefaultCacheHandler(MAX_BYTES);

function report(entry) {
  const render = globalThis[RENDER_CONTEXT]?.getStore();
  if (!render || !entry) return;
  render.tags ??= new Set();
  for (const tag of entry.tags) render.tags.add(tag);
  if (typeof entry.revalidate === "number" && entry.revalidate >= 0) {
    render.revalidateSeconds = Math.min(render.revalidateSeconds ?? Infinity, entry.revalidate);
  }
}

const handler = {
  async get(cacheKey, softTags) {
    const entry = await store.get(cacheKey, softTags);
    report(entry);
    return entry;
  },
  set(cacheKey, pendingEntry) {
    return store.set(
      cacheKey,
      pendingEntry.then((entry) => {
        report(entry);
        return entry;
      }),
    );
  },
  refreshTags: () => store.refreshTags(),
  getExpiration: (tags) => store.getExpiration(tags),
  updateTags: (tags, durations) => store.updateTags(tags, durations),
};

export default handler;
