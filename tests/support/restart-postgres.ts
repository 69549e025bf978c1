import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import pg from "pg";
import { pgConfigFromUrl } from "../../lib/db/pg-config";

/**
 * What the app sees of a PostgreSQL restart: every session of `databaseUrl`'s database ends,
 * LISTEN included. With VESTNIK_TEST_RESTART_POSTGRES=1 (and root, and a local cluster) the
 * server itself is restarted; not by default, since other suites may be using it at the same
 * moment. Resolves once the server answers again; says which of the two it did.
 */
export async function restartPostgres(databaseUrl: string): Promise<"restarted" | "terminated"> {
  const settings = pgConfigFromUrl(databaseUrl);
  const local = settings.host === "127.0.0.1" || settings.host === "localhost";
  if (process.env.VESTNIK_TEST_RESTART_POSTGRES === "1" && local && process.getuid?.() === 0 && existsSync("/etc/postgresql")) {
    const version = readdirSync("/etc/postgresql")[0];
    if (version) {
      execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"], { stdio: "ignore" });
      await waitUntilAnswering(databaseUrl);
      return "restarted";
    }
  }
  const client = new pg.Client(pgConfigFromUrl(databaseUrl));
  await client.connect();
  try {
    await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
  } finally {
    await client.end();
  }
  return "terminated";
}

async function waitUntilAnswering(databaseUrl: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const client = new pg.Client({ ...pgConfigFromUrl(databaseUrl), connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error("PostgreSQL did not come back");
}
