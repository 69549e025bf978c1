import { PrismaClient } from "../generated/prisma/client";
import { openConnectionSync, type ConnectionOptions, type DbConnection } from "./connection";

export type { ConnectionOptions, DatabaseKind, DbConnection } from "./connection";

/** A Prisma client with the connection under it. close() disconnects both (and releases the PGlite lock). */
export interface Database extends DbConnection {
  prisma: PrismaClient;
}

export function openDatabaseSync(opts: ConnectionOptions = {}): Database {
  const connection = openConnectionSync(opts);
  const prisma = new PrismaClient({ adapter: connection.adapterFactory });
  return {
    ...connection,
    prisma,
    async close() {
      try {
        await prisma.$disconnect();
      } finally {
        await connection.close();
      }
    },
  };
}

/** Opens the database and waits until it answers. */
export async function openDatabase(opts: ConnectionOptions = {}): Promise<Database> {
  const database = openDatabaseSync(opts);
  try {
    await database.ready();
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
  return database;
}
