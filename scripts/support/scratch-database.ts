import pg from "pg";
import { pgConfigFromUrl } from "@/lib/db/pg-config";

/** The server the measuring scripts create their databases on. */
export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://root@127.0.0.1:5432/postgres";

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client(pgConfigFromUrl(serverUrl));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database `name` on the server (any previous one of that name is dropped), and how to drop it. */
export async function freshDatabase(name: string, serverUrl = BENCH_SERVER_URL): Promise<{ url: string; drop(): Promise<void> }> {
  const drop = () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await drop();
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop };
}
