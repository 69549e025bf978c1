import type { Server, ServerResponse } from "node:http";
import type { Logger } from "pino";

export type Drain = {
  /** Requests being answered now. */
  readonly inFlight: number;
  readonly draining: boolean;
  /**
   * Stops accepting connections, closes idle ones, waits up to `timeoutMs` for the requests in
   * flight to be answered, then closes whatever is left. Resolves to how many were cut.
   */
  close(timeoutMs: number): Promise<number>;
};

/**
 * Tracks `server`'s requests so that it can stop without dropping any: once draining, every
 * response (in flight or arriving on a kept-alive connection) says `Connection: close`, so its
 * connection ends with it instead of waiting idle to be cut. Call before other request listeners.
 */
export function drainable(server: Server): Drain {
  const active = new Set<ServerResponse>();
  let draining = false;
  let settled: (() => void) | undefined;

  const closeAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader("connection", "close");
  };
  server.on("request", (_req, res: ServerResponse) => {
    active.add(res);
    if (draining) closeAfter(res);
    res.once("close", () => {
      active.delete(res);
      if (active.size === 0) settled?.();
    });
  });

  return {
    get inFlight() {
      return active.size;
    },
    get draining() {
      return draining;
    },
    async close(timeoutMs) {
      draining = true;
      for (const res of active) closeAfter(res);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (active.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          settled = resolve;
          timer = setTimeout(resolve, timeoutMs);
        });
        clearTimeout(timer);
      }
      const cut = active.size;
      server.closeAllConnections();
      await closed;
      return cut;
    },
  };
}

export type ShutdownStep = [name: string, run: () => unknown];

/** Runs the steps in order; one failing is logged and does not keep the others from running. */
export async function runShutdownSteps(log: Logger, steps: ShutdownStep[]): Promise<void> {
  for (const [name, run] of steps) {
    try {
      await run();
    } catch (error) {
      log.error({ err: error, step: name }, "Остановка: шаг не выполнен");
    }
  }
}

/** Calls `stop` once on the first SIGTERM or SIGINT; a second signal while stopping is ignored. */
export function onStopSignals(stop: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void stop(signal);
  };
  process.on("SIGTERM", handle);
  process.on("SIGINT", handle);
}
