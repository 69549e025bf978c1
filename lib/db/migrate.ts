/**
 * Migrations through Prisma's WebAssembly schema engine: Prisma's standard folder layout and
 * `_prisma_migrations` table, so the native `prisma migrate` CLI can take over the same database.
 * Every operation accepts an open connection (the server's own, holding the PGlite lock)
 * or opens and closes its own.
 */
import type { DiagnoseMigrationHistoryOutput, SchemaFilter } from "@prisma/schema-engine-wasm";
import { env } from "../env";
import { openConnection, type ConnectionOptions, type DbConnection } from "./connection";
import { defaultMigrationPaths, readMigrations, readSchema, writeMigration, type MigrationPaths } from "./migrations-dir";
import { withSchemaEngine } from "./schema-engine";

export { defaultMigrationPaths, type MigrationPaths } from "./migrations-dir";

export interface MigrateOptions {
  /** Use this open connection (left open). Otherwise one is opened from `connectionOptions`. */
  connection?: DbConnection;
  connectionOptions?: ConnectionOptions;
  paths?: MigrationPaths;
}

const filters: SchemaFilter = { externalTables: [], externalEnums: [] };

async function withConnection<T>(opts: MigrateOptions, defaults: ConnectionOptions, fn: (connection: DbConnection) => Promise<T>): Promise<T> {
  if (opts.connection) return fn(opts.connection);
  const connection = await openConnection({ ...defaults, ...opts.connectionOptions });
  try {
    return await fn(connection);
  } finally {
    await connection.close();
  }
}

/** Applies the migrations not yet applied (`migrate deploy`); creates a missing PGlite cluster. Returns their names. */
export async function applyPendingMigrations(opts: MigrateOptions = {}): Promise<string[]> {
  const paths = opts.paths ?? defaultMigrationPaths();
  return withConnection(opts, { create: true }, (connection) =>
    withSchemaEngine(connection.adapterFactory, readSchema(paths), async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrations(paths), filters });
      return appliedMigrationNames;
    }),
  );
}

export interface MigrationStatus {
  /** Migration directory names, in order. */
  migrations: string[];
  diagnosis: DiagnoseMigrationHistoryOutput;
  /** True when every migration is applied, none failed or edited, and the database has no unknown ones. */
  upToDate: boolean;
}

export async function migrationStatus(opts: MigrateOptions = {}): Promise<MigrationStatus> {
  const paths = opts.paths ?? defaultMigrationPaths();
  return withConnection(opts, {}, (connection) =>
    withSchemaEngine(connection.adapterFactory, readSchema(paths), async (engine) => {
      const migrationsList = readMigrations(paths);
      const diagnosis = await engine.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: false,
        filters,
      });
      const upToDate = diagnosis.history === null && diagnosis.failedMigrationNames.length === 0 && diagnosis.editedMigrationNames.length === 0;
      return { migrations: migrationsList.migrationDirectories.map((d) => d.path), diagnosis, upToDate };
    }),
  );
}

export interface CreateMigrationOptions extends MigrateOptions {
  name: string;
  /** Create the migration even though it would lose data (dropped columns, tables...). */
  acceptDataLoss?: boolean;
  /** Write the migration without applying it. */
  createOnly?: boolean;
}

export interface CreateMigrationResult {
  /** The new migration's directory, or undefined when the schema needed none. */
  created?: string;
  /** Migrations applied, pending ones first, then the new one. */
  applied: string[];
  warnings: string[];
}

export class MigrationAbortedError extends Error {}

/** `migrate dev`: applies pending migrations, creates one from schema.prisma, and applies it. */
export async function createMigration(opts: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const paths = opts.paths ?? defaultMigrationPaths();
  const migrationName = opts.name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!migrationName) throw new MigrationAbortedError("A migration name is required (--name something)");
  const schema = readSchema(paths);
  const schemaContainer = { files: [schema] };

  return withConnection(opts, { create: true }, (connection) =>
    withSchemaEngine(connection.adapterFactory, schema, async (engine) => {
      // The call order of Prisma's MigrateDev. devDiagnostic must run again after applying:
      // until it does, the engine has no shadow database for the next calls.
      const diagnose = async () => {
        const { action } = await engine.devDiagnostic({ migrationsList: readMigrations(paths), filters });
        if (action.tag === "reset") {
          throw new MigrationAbortedError(
            `The database must be reset before a migration can be created: ${action.reason}\n` +
              `Drop it (PGlite: remove the data directory) and run \`npm run db:migrate\` again.`,
          );
        }
      };
      await diagnose();
      const { appliedMigrationNames: applied } = await engine.applyMigrations({
        migrationsList: readMigrations(paths),
        filters,
      });
      if (applied.length > 0) await diagnose();

      const loss = await engine.evaluateDataLoss({ migrationsList: readMigrations(paths), schema: schemaContainer, filters });
      if (loss.unexecutableSteps.length > 0) {
        const steps = loss.unexecutableSteps.map((s) => `  • ${s.message}`).join("\n");
        throw new MigrationAbortedError(`The migration cannot be applied to this database:\n${steps}`);
      }
      const warnings = loss.warnings.map((w) => w.message);
      if (warnings.length > 0 && !opts.acceptDataLoss) {
        const list = warnings.map((w) => `  • ${w}`).join("\n");
        throw new MigrationAbortedError(`The migration would lose data:\n${list}\nRun again with --accept-data-loss to create it anyway.`);
      }

      const result = await engine.createMigration({
        draft: false,
        migrationName,
        migrationsList: readMigrations(paths),
        schema: schemaContainer,
        filters,
      });
      if (result.migrationScript === null) return { applied, warnings };
      const created = writeMigration(paths, result.generatedMigrationName, result.migrationScript);
      if (opts.createOnly) return { created, applied, warnings };
      const second = await engine.applyMigrations({ migrationsList: readMigrations(paths), filters });
      return { created, applied: [...applied, ...second.appliedMigrationNames], warnings };
    }),
  );
}

export interface SchemaCheck {
  inSync: boolean;
  /** The engine's human-readable summary of what schema.prisma has that the migrations lack. */
  summary: string;
}

/**
 * Whether the migrations folder produces exactly schema.prisma. Replays the migrations on a
 * shadow database: PGlite in memory by default (so it runs beside a live server), a temporary
 * database on the server when `connectionOptions.databaseUrl` (or DATABASE_URL) names one.
 */
export async function checkMigrations(opts: MigrateOptions = {}): Promise<SchemaCheck> {
  const paths = opts.paths ?? defaultMigrationPaths();
  const schema = readSchema(paths);
  const url = opts.connectionOptions?.databaseUrl === undefined ? env().DATABASE_URL : opts.connectionOptions.databaseUrl;
  return withConnection(opts, url ? {} : { inMemory: true }, (connection) =>
    withSchemaEngine(connection.adapterFactory, schema, async (engine) => {
      const result = await engine.diff({
        from: { tag: "migrations", ...readMigrations(paths) },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: false,
        exitCode: true,
        filters,
      });
      return { inSync: result.exitCode === 0, summary: result.stdout ?? "" };
    }),
  );
}
