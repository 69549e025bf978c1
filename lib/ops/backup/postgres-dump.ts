import { spawn } from "node:child_process";
import pg from "pg";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import type { Query } from "./database-facts";

/** pg_dump and pg_restore read the connection from PG* variables: no password on a command line. */
function clientEnvironment(url: string): NodeJS.ProcessEnv {
  const config = pgConfigFromUrl(url);
  const sslmode = new URL(url).searchParams.get("sslmode");
  return {
    ...process.env,
    PGHOST: config.host,
    PGPORT: String(config.port),
    PGDATABASE: config.database,
    ...(config.user ? { PGUSER: config.user } : {}),
    ...(typeof config.password === "string" ? { PGPASSWORD: config.password } : {}),
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  };
}

function runTool(command: string, args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: clientEnvironment(url), stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new Error(`Не найден ${command}: установите клиент PostgreSQL (apt-get install postgresql-client).`) : error),
    );
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} завершился с кодом ${code}: ${stderr.trim()}`))));
  });
}

/** The whole database in pg_dump's custom format, without owners and grants (restored as whoever restores). */
export function dumpPostgres(url: string, file: string): Promise<void> {
  return runTool("pg_dump", ["--format=custom", "--no-owner", "--no-acl", `--file=${file}`], url);
}

/** Empties the public schema, then loads the dump in one transaction. */
export async function restorePostgres(url: string, file: string): Promise<void> {
  await withPostgres(url, async (query) => {
    await query("DROP SCHEMA IF EXISTS public CASCADE");
    await query("CREATE SCHEMA public");
  });
  await runTool("pg_restore", ["--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", `--dbname=${pgConfigFromUrl(url).database}`, file], url);
}

export async function withPostgres<T>(url: string, task: (query: Query) => Promise<T>): Promise<T> {
  const { schema: _schema, ...config } = pgConfigFromUrl(url);
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await task(async <R>(sql: string) => (await client.query(sql)).rows as R[]);
  } finally {
    await client.end();
  }
}
