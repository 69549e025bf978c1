import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type WrkResult = { rps: number; p50: number; p99: number; errors: number };

function parseWrk(out: string): WrkResult {
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, "m").exec(out);
    if (!m) throw new Error(`Could not read the ${label}th percentile from wrk:\n${out}`);
    const value = Number(m[1]);
    return m[2] === "us" ? value / 1000 : m[2] === "s" ? value * 1000 : value;
  };
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    p50: ms("50"),
    p99: ms("99"),
    errors: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0) + Number(/Socket errors:.*timeout (\d+)/.exec(out)?.[1] ?? 0),
  };
}

const run = promisify(execFile);

/**
 * wrk with `connections` connections, each request for a random one of `paths`. Asynchronous, so
 * that whatever else the caller runs meanwhile (the newsroom's changes) keeps running.
 */
export async function wrkSpread(baseUrl: string, paths: string[], { connections, seconds }: { connections: number; seconds: number }): Promise<WrkResult> {
  const script = path.join(mkdtempSync(path.join(tmpdir(), "vestnik-wrk-")), "spread.lua");
  writeFileSync(
    script,
    `local paths = { ${paths.map((p) => JSON.stringify(p)).join(", ")} }\n` +
      `math.randomseed(os.time())\n` +
      `request = function() return wrk.format("GET", paths[math.random(#paths)]) end\n`,
  );
  const { stdout } = await run("wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, "--latency", "-s", script, baseUrl], { encoding: "utf8" });
  return parseWrk(stdout);
}
