export type DatabaseWatch = {
  /** Whether the database answered its last ping; pings again when that is older than `ttlMs`. */
  isUp(): Promise<boolean>;
  /** Something failed that may be the database: the next isUp() pings again. */
  suspect(): void;
  /** Why the last ping failed, or null. */
  readonly problem: string | null;
};

/**
 * The database's state as the server knows it, for answering without it: one cheap ping at most
 * every `ttlMs` however many requests ask, shared by whoever asks while it runs, and given up
 * after `timeoutMs` (a cut network never answers).
 */
export function watchDatabase(ping: () => Promise<unknown>, { ttlMs = 2_000, timeoutMs = 1_500 } = {}): DatabaseWatch {
  let up = true;
  let checkedAt = -Infinity;
  let problem: string | null = null;
  let running: Promise<boolean> | undefined;

  const check = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      problem = null;
      return true;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      return false;
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    isUp() {
      if (performance.now() - checkedAt < ttlMs) return Promise.resolve(up);
      running ??= check().then((answered) => {
        up = answered;
        checkedAt = performance.now();
        running = undefined;
        return answered;
      });
      return running;
    },
    suspect() {
      checkedAt = -Infinity;
    },
    get problem() {
      return problem;
    },
  };
}
