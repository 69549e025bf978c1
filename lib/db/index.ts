/**
 * The one database client of the server process.
 *
 * `db()` is synchronous and opens the database on first call, never at import, so
 * `next build` never opens it (it throws if called during the build). PGlite's constructor is
 * synchronous and its queries wait until it has started; pg connects lazily.
 * Without DATABASE_URL it is PGlite in DATA_DIR/pglite, which must exist (`npm run db:deploy`)
 * and which this process then locks. instrumentation.ts opens it at server start and closes
 * it on SIGTERM/SIGINT.
 */
import "server-only";

export { closeDb, db, openDb } from "./process-database";
export type { Database, DatabaseKind } from "./open";
