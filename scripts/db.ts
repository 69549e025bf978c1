/**
 * Database migrations without Prisma's native engine (see lib/db/migrate.ts).
 *   deploy              apply pending migrations (creates the PGlite database if missing)
 *   dev --name <name>   create a migration from prisma/schema.prisma and apply it
 *                       [--accept-data-loss] [--create-only]
 *   status              list applied / pending / failed migrations; exit 1 unless up to date
 *   check               exit 1 when schema.prisma and prisma/migrations disagree
 * Target: DATABASE_URL when set, otherwise PGlite in DATA_DIR/pglite.
 */
import { parseArgs } from "node:util";
import { runCommand } from "./db/commands";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string", short: "n" },
    "accept-data-loss": { type: "boolean", default: false },
    "create-only": { type: "boolean", default: false },
  },
});

runCommand(positionals[0], {
  name: values.name,
  acceptDataLoss: values["accept-data-loss"] ?? false,
  createOnly: values["create-only"] ?? false,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
