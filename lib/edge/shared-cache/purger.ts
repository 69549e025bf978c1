import { purgeHeaders } from "./surrogate-keys";

export type PurgerOptions = {
  urls: readonly string[];
  /** Whether this instance is the one that sends purges (lib/db: the leader's advisory lock). */
  leading: () => boolean;
  /**
   * Each purge is sent again after this long: another instance may have rendered the page from
   * its own caches just before its listener heard the change, and Varnish would keep that copy.
   */
  settleMs?: number;
  retries?: number;
  onError?: (error: unknown, url: string) => void;
};

export type Purger = { purge(tags: readonly string[]): void; stop(): Promise<void> };

/** Sends invalidations to the shared HTTP caches in front (PURGE_URLS) as PURGE requests by key. */
export function createPurger({ urls, leading, settleMs = 500, retries = 3, onError }: PurgerOptions): Purger {
  const sending = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const sendTo = async (url: string, tags: readonly string[]) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(url, { method: "PURGE", headers: purgeHeaders(tags), signal: AbortSignal.timeout(5_000) });
        await res.arrayBuffer();
        if (res.ok) return;
        throw new Error(`${url} answered ${res.status} to PURGE`);
      } catch (error) {
        if (attempt >= retries || stopped) return onError?.(error, url);
        await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
      }
    }
  };
  const send = (tags: readonly string[]) => {
    for (const url of urls) {
      const done = sendTo(url, tags).finally(() => sending.delete(done));
      sending.add(done);
    }
  };

  return {
    purge(tags) {
      if (stopped || tags.length === 0 || !leading()) return;
      send(tags);
      const timer = setTimeout(() => {
        timers.delete(timer);
        send(tags);
      }, settleMs);
      timers.add(timer);
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(sending);
    },
  };
}
