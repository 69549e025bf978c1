import { hardPurgeHeaders, softPurgeHeaders } from "./surrogate-keys";

export type PurgerOptions = {
  urls: readonly string[];
  /** Whether this instance is the one that sends purges (lib/db: the leader's advisory lock). */
  leading: () => boolean;
  /**
   * Each purge is sent again after this long: another instance may have rendered the page from
   * its own caches just before its listener heard the change, and Varnish would keep that copy.
   */
  settleMs?: number;
  /**
   * Sidebar (soft) purges are gathered and sent once this long after the first (SIDEBAR_LAG_SECONDS):
   * one publish touches the sidebars of every article page, and Varnish would fetch them all again
   * after every change. Behind a shared cache the instances render a page whose sidebars changed
   * when asked (reader-pages.ts), so this is the only lag.
   */
  softEveryMs?: number;
  retries?: number;
  onError?: (error: unknown, url: string) => void;
};

export type Purger = { purge(tags: readonly string[]): void; stop(): Promise<void> };

/** Sends invalidations to the shared HTTP caches in front (PURGE_URLS) as PURGE requests by key. */
export function createPurger({ urls, leading, settleMs = 500, softEveryMs = 5_000, retries = 3, onError }: PurgerOptions): Purger {
  const sending = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  const softPending = new Set<string>();
  let softTimer: NodeJS.Timeout | null = null;
  let stopped = false;

  const sendTo = async (url: string, headers: Record<string, string>) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(url, { method: "PURGE", headers, signal: AbortSignal.timeout(5_000) });
        await res.arrayBuffer();
        if (res.ok) return;
        throw new Error(`${url} answered ${res.status} to PURGE`);
      } catch (error) {
        if (attempt >= retries || stopped) return onError?.(error, url);
        await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
      }
    }
  };
  const send = (headers: Record<string, string>) => {
    for (const url of urls) {
      const done = sendTo(url, headers).finally(() => sending.delete(done));
      sending.add(done);
    }
  };
  const flushSoft = () => {
    softTimer = null;
    if (softPending.size === 0) return;
    send(softPurgeHeaders([...softPending]));
    softPending.clear();
  };

  return {
    purge(tags) {
      if (stopped || tags.length === 0 || !leading()) return;
      send(hardPurgeHeaders(tags));
      const timer = setTimeout(() => {
        timers.delete(timer);
        send(hardPurgeHeaders(tags));
      }, settleMs);
      timers.add(timer);
      // Sent after the window, so a page rendered from before the change is caught too.
      for (const tag of tags) softPending.add(tag);
      softTimer ??= setTimeout(flushSoft, softEveryMs);
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      if (softTimer) clearTimeout(softTimer);
      flushSoft();
      await Promise.all(sending);
    },
  };
}
