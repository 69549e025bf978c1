import { AsyncLocalStorage } from "node:async_hooks";

/** What a render's cached reads told the data cache handler (lib/edge/data-cache-handler.mjs). */
export type RenderReport = {
  /** The tags of every cached read the page made (lib/cache/tags.ts). */
  tags?: Set<string>;
  /** The shortest lifetime among the page's cached reads, in seconds. */
  revalidateSeconds?: number;
};

const RENDER_CONTEXT = Symbol.for("vestnik.renderContext");
const holder = globalThis as typeof globalThis & { [RENDER_CONTEXT]?: AsyncLocalStorage<RenderReport> };
// Its presence also tells the route cache handler that a server is serving (not `next build`).
const renders = (holder[RENDER_CONTEXT] ??= new AsyncLocalStorage<RenderReport>());

/** Runs a request with a place for its render's report: a page that made no cached read reports nothing. */
export function withRenderReport<T>(report: RenderReport, fn: () => T): T {
  return renders.run(report, fn);
}
