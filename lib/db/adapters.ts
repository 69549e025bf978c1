import { randomUUID } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createPGlite } from "./pglite";

/**
 * Driver adapter factories for the Prisma client and the schema engine, with the fixes
 * that Prisma 7.10's adapters need here (see /work/shared/prisma-offline.md):
 * - executeScript sends the whole script as one simple query, so a failing migration rolls
 *   back entirely (adapter-pg splits on every `;`; pglite-prisma-adapter does not await);
 * - adapter-pg reports PostgreSQL's `"char"` (oid 18) as text instead of failing;
 * - shadow databases are created and dropped here, on the same server or in memory.
 */

interface WithOnError {
  onError(error: unknown): never;
}

/** A copy of `adapter` (same prototype chain, same state) with some members replaced. */
function patched<T extends object>(target: T, members: Partial<T> & Record<string, unknown>): T {
  return Object.assign(Object.create(target) as T, members);
}

function atomicScripts(adapter: SqlDriverAdapter, run: (script: string) => Promise<unknown>): SqlDriverAdapter {
  const onError = (error: unknown): never => (adapter as unknown as WithOnError).onError(error);
  return patched(adapter, {
    async executeScript(script: string) {
      try {
        await run(script);
      } catch (error) {
        onError(error);
      }
    },
  });
}

function withDispose(adapter: SqlDriverAdapter, after: () => Promise<void>): SqlDriverAdapter {
  return patched(adapter, {
    async dispose() {
      try {
        await adapter.dispose();
      } finally {
        await after();
      }
    },
  });
}

const PG_CHAR = 18;
const PG_TEXT = 25;

type PgResult = { fields?: { dataTypeID: number }[] };
interface WithPerformIO {
  performIO(query: unknown): Promise<PgResult>;
}

/** Overrides adapter-pg's (private) performIO so that "char" columns come back as text. */
function charAsText<T extends object>(queryable: T): T {
  const performIO = (queryable as unknown as WithPerformIO).performIO;
  return patched(queryable, {
    async performIO(this: WithPerformIO, query: unknown) {
      const result = await performIO.call(this, query);
      for (const field of result.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
      return result;
    },
  } as unknown as Partial<T> & Record<string, unknown>);
}

function fixPgAdapter(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  const fixed = charAsText(atomicScripts(adapter, (script) => pool.query(script)));
  const startTransaction = adapter.startTransaction;
  return patched(fixed, {
    async startTransaction(this: SqlDriverAdapter, ...args: Parameters<SqlDriverAdapter["startTransaction"]>) {
      return charAsText<Transaction>(await startTransaction.apply(this, args));
    },
  });
}

export type PgSettings = pg.PoolConfig & { database: string; schema?: string };

export function pgAdapterFactory(pool: pg.Pool, settings: PgSettings): SqlMigrationAwareDriverAdapterFactory {
  const { schema, ...poolConfig } = settings;
  const options = schema ? { schema } : undefined;
  const base = new PrismaPg(pool, options);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => fixPgAdapter(await base.connect(), pool),
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await pool.query(`CREATE DATABASE "${name}"`);
      const shadowPool = new pg.Pool({ ...poolConfig, database: name, max: 2 });
      const adapter = fixPgAdapter(await new PrismaPg(shadowPool, options).connect(), shadowPool);
      return withDispose(adapter, async () => {
        await shadowPool.end();
        await pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}

function fixPGliteAdapter(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  return atomicScripts(adapter, (script) => pglite.exec(script));
}

export function pgliteAdapterFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPGlite(pglite);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => fixPGliteAdapter(await base.connect(), pglite),
    async connectToShadowDb() {
      const shadow = createPGlite();
      const adapter = fixPGliteAdapter(await new PrismaPGlite(shadow).connect(), shadow);
      return withDispose(adapter, () => shadow.close());
    },
  };
}
