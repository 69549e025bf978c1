import { openConnection, type DbConnection } from "../../lib/db/connection";
import { applyPendingMigrations, checkMigrations, createMigration, migrationStatus, type MigrationStatus } from "../../lib/db/migrate";

export interface CommandFlags {
  name?: string;
  acceptDataLoss: boolean;
  createOnly: boolean;
}

const USAGE = "Usage: tsx scripts/db.ts <deploy | dev --name <name> | status | check>";

/** Runs one db subcommand; resolves to the process exit code. */
export async function runCommand(command: string | undefined, flags: CommandFlags): Promise<number> {
  switch (command) {
    case "deploy":
      return withOwnConnection(true, deploy);
    case "dev":
      return withOwnConnection(true, (connection) => dev(connection, flags));
    case "status":
      return withOwnConnection(false, status);
    case "check":
      return check();
    default:
      console.error(USAGE);
      return 2;
  }
}

async function withOwnConnection(create: boolean, fn: (c: DbConnection) => Promise<number>): Promise<number> {
  const connection = await openConnection({ create });
  try {
    console.log(`Database: ${connection.label}`);
    return await fn(connection);
  } finally {
    await connection.close();
  }
}

async function deploy(connection: DbConnection): Promise<number> {
  const applied = await applyPendingMigrations({ connection });
  if (applied.length === 0) console.log("No pending migrations.");
  for (const name of applied) console.log(`Applied ${name}`);
  return 0;
}

async function dev(connection: DbConnection, flags: CommandFlags): Promise<number> {
  if (!flags.name) {
    console.error(`A name is required: npm run db:migrate -- --name add_something`);
    return 2;
  }
  const result = await createMigration({ connection, name: flags.name, ...flags });
  for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
  for (const name of result.applied) console.log(`Applied ${name}`);
  if (result.created) console.log(`Created ${result.created}${flags.createOnly ? " (not applied)" : ""}`);
  else console.log("schema.prisma matches the migrations: no migration created.");
  return 0;
}

async function status(connection: DbConnection): Promise<number> {
  const result = await migrationStatus({ connection });
  console.log(`${result.migrations.length} migration(s) in prisma/migrations.`);
  for (const line of describeStatus(result)) console.log(line);
  console.log(result.upToDate ? "Database schema is up to date." : "Database schema is NOT up to date.");
  return result.upToDate ? 0 : 1;
}

function describeStatus({ diagnosis }: MigrationStatus): string[] {
  const lines: string[] = [];
  if (!diagnosis.hasMigrationsTable) lines.push("No _prisma_migrations table: nothing applied yet.");
  const history = diagnosis.history;
  if (history?.diagnostic === "databaseIsBehind" || history?.diagnostic === "historiesDiverge") {
    lines.push(`Pending: ${history.unappliedMigrationNames.join(", ")}`);
  }
  if (history?.diagnostic === "migrationsDirectoryIsBehind" || history?.diagnostic === "historiesDiverge") {
    lines.push(`Applied in the database but missing from prisma/migrations: ${history.unpersistedMigrationNames.join(", ")}`);
  }
  if (diagnosis.failedMigrationNames.length > 0) lines.push(`Failed: ${diagnosis.failedMigrationNames.join(", ")}`);
  if (diagnosis.editedMigrationNames.length > 0) {
    lines.push(`Edited after being applied: ${diagnosis.editedMigrationNames.join(", ")}`);
  }
  return lines;
}

async function check(): Promise<number> {
  const result = await checkMigrations();
  if (result.inSync) {
    console.log("prisma/schema.prisma matches prisma/migrations.");
    return 0;
  }
  console.error("prisma/schema.prisma and prisma/migrations disagree. Changes not covered by a migration:");
  console.error(result.summary.trim());
  console.error("Create a migration with: npm run db:migrate -- --name <what_changed>");
  return 1;
}
