import { readFileSync } from "node:fs";
import pg from "pg";

/** CPU seconds (user + system) the process has used so far. */
export function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // After "pid (comm) ", utime and stime are fields 12 and 13 (0-based from state).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Resident set size of the process, in bytes. */
export function processRssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) * 1024 : 0;
}

async function committedStatements(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()`);
  return Number(rows[0]!.n);
}

/**
 * The cost of rendering article pages nobody has asked for yet (what every page costs after a
 * change): each path is fetched once, one after another, so the server's CPU time and the
 * database's committed statements over the run divide evenly among the renders.
 */
export async function measureRenderCost(baseUrl: string, pid: number, databaseUrl: string, paths: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // pg_stat_database is updated when a backend reports; give it a moment before and after.
    await new Promise((r) => setTimeout(r, 1200));
    const statementsBefore = await committedStatements(client);
    const cpuBefore = processCpuSeconds(pid);
    const started = performance.now();
    for (const path of paths) {
      const res = await fetch(baseUrl + path, { headers: { "accept-encoding": "identity" } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    }
    const wallMs = performance.now() - started;
    const cpuMs = (processCpuSeconds(pid) - cpuBefore) * 1000;
    await new Promise((r) => setTimeout(r, 1200));
    // The two reads of the statistics are themselves committed statements.
    const statements = (await committedStatements(client)) - statementsBefore - 1;
    return {
      renders: paths.length,
      cpuMsPerRender: cpuMs / paths.length,
      wallMsPerRender: wallMs / paths.length,
      statementsPerRender: statements / paths.length,
    };
  } finally {
    await client.end();
  }
}
