import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

/** As `npm start` runs the server (package.json): glibc's allocator kept to two arenas. */
const SERVER_ENV = { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "65536", MALLOC_TRIM_THRESHOLD_: "131072" };

export type AppServer = { url: string; pid: number; stop(): Promise<void> };

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode} before answering`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs} ms`);
}

/** `npm start`'s node arguments (package.json): the tests and the bench run the server exactly as it runs. */
export function startArguments(): string[] {
  const script: string = JSON.parse(readFileSync("package.json", "utf8")).scripts.start;
  const command = /(?:^|\s)node\s+(.+)$/.exec(script);
  if (!command) throw new Error(`package.json's start script does not run node: ${script}`);
  return command[1]!.split(/\s+/);
}

/** Runs `npm start`'s entry point (production build, custom server) with the given environment. */
export async function startAppServer(port: number, extraEnv: Record<string, string>): Promise<AppServer> {
  const child = spawn(process.execPath, startArguments(), {
    env: { ...process.env, ...SERVER_ENV, NODE_ENV: "production", NEXT_MANUAL_SIG_HANDLE: "1", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...extraEnv },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child, 180_000);
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}
