import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { env } from "../env";
import { pgAdapterFactory, pgliteAdapterFactory } from "./adapters";
import { acquireDirLock } from "./lock";
import { pgConfigFromUrl } from "./pg-config";
import { checkPGliteDir, createPGlite } from "./pglite";

export type DatabaseKind = "pglite" | "postgres";

const LISTEN_HEARTBEAT_MS = 3_000;
/** How the listening session shows in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = "vestnik-listener";
/** The session holding the advisory lock of the instance that leads (DbConnection.lead). */
export const LEADER_APPLICATION_NAME = "vestnik-leader";

/** An open connection to the database, without a Prisma client (what the migration tool needs). */
export interface DbConnection {
  kind: DatabaseKind;
  /** Human-readable target, for messages. */
  label: string;
  /** Driver adapter factory with the local fixes; also serves shadow databases. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Resolves when the database answers (PGlite: started; PostgreSQL: `SELECT 1` ran). */
  ready(): Promise<void>;
  close(): Promise<void>;
  /**
   * LISTEN on a channel; resolves to a function that stops listening. `onLost` is called once
   * when the listening session ends by itself (server restart, network cut): listen again then.
   */
  listen(channel: string, onNotify: (payload: string) => void, onLost?: (error: unknown) => void): Promise<() => Promise<void>>;
  /**
   * Competes for the session advisory lock `key`, so that one process among several on the database
   * does a job (sending cache purges); `onChange` hears when this one gains or loses it. PGlite has
   * a single process: it always leads. Resolves to a function that lets the lock go.
   */
  lead(key: number, onChange: (leading: boolean) => void): Promise<() => Promise<void>>;
  /** PostgreSQL: how the connection pool stands (metrics). PGlite has no pool. */
  poolStats?(): { total: number; idle: number; waiting: number };
}

export interface ConnectionOptions {
  /** postgresql:// URL. Undefined: env().DATABASE_URL. null: PGlite even if DATABASE_URL is set. */
  databaseUrl?: string | null;
  /** Defaults to env().dataDir; PGlite keeps its cluster in `<dataDir>/pglite`. */
  dataDir?: string;
  /** PGlite: create the cluster when the directory is missing or empty. Otherwise it must exist. */
  create?: boolean;
  /** PGlite in memory: no directory, no lock (tests, schema checks). */
  inMemory?: boolean;
}

export function pgliteDir(dataDir: string): string {
  return path.join(/* turbopackIgnore: true */ dataDir, "pglite");
}

/** Synchronous: PGlite's constructor is, and pg connects lazily. Call ready() to wait. */
export function openConnectionSync(opts: ConnectionOptions = {}): DbConnection {
  const url = opts.databaseUrl === undefined ? env().DATABASE_URL : (opts.databaseUrl ?? undefined);
  if (url && !opts.inMemory) return openPostgres(url);
  return openPGlite(opts);
}

export async function openConnection(opts: ConnectionOptions = {}): Promise<DbConnection> {
  const connection = openConnectionSync(opts);
  try {
    await connection.ready();
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
  return connection;
}

function openPostgres(url: string): DbConnection {
  const settings = pgConfigFromUrl(url);
  const { schema: _schema, ...poolConfig } = settings;
  const pool = new pg.Pool(poolConfig);
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  let closed = false;
  return {
    kind: "postgres",
    label: `PostgreSQL database "${settings.database}" on ${settings.host}:${settings.port}`,
    adapterFactory: pgAdapterFactory(pool, settings),
    ready: async () => {
      await pool.query("SELECT 1");
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
    lead: (key, onChange) => leadWithAdvisoryLock(poolConfig, key, onChange),
    async listen(channel, onNotify, onLost) {
      // A dedicated connection: LISTEN belongs to a session, and pooled clients are shared.
      const client = new pg.Client({ ...poolConfig, application_name: LISTENER_APPLICATION_NAME, keepAlive: true, keepAliveInitialDelayMillis: 5_000 });
      let ended = false;
      let heartbeat: NodeJS.Timeout | undefined = undefined;
      const lost = (error: unknown) => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        client.end().catch(() => undefined);
        onLost?.(error);
      };
      client.on("error", lost);
      client.on("end", () => lost(new Error("the listening connection ended")));
      try {
        await client.connect();
        client.on("notification", (message) => {
          if (message.channel === channel) onNotify(message.payload ?? "");
        });
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      } catch (error) {
        ended = true;
        await client.end().catch(() => undefined);
        throw error;
      }
      // A cut network shows no error until something is sent: ask regularly, give up quickly.
      heartbeat = setInterval(() => {
        const timeout = setTimeout(() => lost(new Error("the listening connection stopped answering")), LISTEN_HEARTBEAT_MS);
        client.query("SELECT 1").then(
          () => clearTimeout(timeout),
          (error: unknown) => {
            clearTimeout(timeout);
            lost(error);
          },
        );
      }, LISTEN_HEARTBEAT_MS);
      heartbeat.unref();
      return async () => {
        ended = true;
        clearInterval(heartbeat);
        await client.end();
      };
    },
  };
}

async function alwaysLead(_key: number, onChange: (leading: boolean) => void): Promise<() => Promise<void>> {
  onChange(true);
  return async () => undefined;
}

/**
 * Holds the lock on a dedicated session, asking again every LISTEN_HEARTBEAT_MS: a session that
 * stops answering is dropped (its lock goes with it on the server), and another process takes over.
 */
async function leadWithAdvisoryLock(config: pg.ClientConfig, key: number, onChange: (leading: boolean) => void): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let leading = false;
  let stopped = false;
  const set = (value: boolean) => {
    if (value === leading) return;
    leading = value;
    onChange(value);
  };
  const drop = () => {
    set(false);
    const gone = client;
    client = undefined;
    gone?.end().catch(() => undefined);
  };
  const attempt = async () => {
    if (stopped) return;
    try {
      if (!client) {
        const fresh = new pg.Client({ ...config, application_name: LEADER_APPLICATION_NAME, keepAlive: true });
        fresh.on("error", () => client === fresh && drop());
        fresh.on("end", () => client === fresh && drop());
        client = fresh;
        await fresh.connect();
      }
      const current = client;
      const ask = leading ? current.query("SELECT true AS held") : current.query<{ held: boolean }>("SELECT pg_try_advisory_lock($1) AS held", [key]);
      let timer: NodeJS.Timeout | undefined;
      const answer = await Promise.race([
        ask,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error("the leader's session stopped answering")), LISTEN_HEARTBEAT_MS);
        }),
      ]).finally(() => clearTimeout(timer));
      if (client === current && !stopped) set(answer.rows[0]?.held === true);
    } catch {
      drop();
    }
  };
  await attempt();
  const timer = setInterval(() => void attempt(), LISTEN_HEARTBEAT_MS);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    const gone = client;
    client = undefined;
    leading = false;
    await gone?.end().catch(() => undefined);
  };
}

function openPGlite(opts: ConnectionOptions): DbConnection {
  if (opts.inMemory) {
    const pglite = createPGlite();
    return {
      kind: "pglite",
      label: "PGlite in memory",
      adapterFactory: pgliteAdapterFactory(pglite),
      ready: () => pglite.waitReady,
      close: () => (pglite.closed ? Promise.resolve() : pglite.close()),
      listen: (channel, onNotify) => pglite.listen(channel, onNotify),
      lead: alwaysLead,
    };
  }
  const dir = pgliteDir(opts.dataDir ?? env().dataDir);
  const lock = acquireDirLock(dir);
  let pglite;
  try {
    checkPGliteDir(dir, opts.create ?? false);
    pglite = createPGlite(dir);
  } catch (error) {
    lock.release();
    throw error;
  }
  const instance = pglite;
  return {
    kind: "pglite",
    label: `PGlite in ${dir}`,
    adapterFactory: pgliteAdapterFactory(instance),
    ready: () => instance.waitReady,
    listen: (channel, onNotify) => instance.listen(channel, onNotify),
    lead: alwaysLead,
    async close() {
      try {
        if (!instance.closed) await instance.close();
      } finally {
        lock.release();
      }
    },
  };
}
