import { Debug } from "@prisma/driver-adapter-utils";

const evict = Debug("vestnik:wordpress-import");

/**
 * Prisma's driver adapters keep their last hundred debug messages for error reports, each with
 * the query's parameters: after a batch of an import, every post and comment of the last ten
 * batches. Logging a hundred empty messages pushes them out, so the import's memory stays that of
 * one batch.
 */
export function forgetLoggedQueries(): void {
  for (let i = 0; i < 100; i++) evict("");
}
