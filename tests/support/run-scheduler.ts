/**
 * A separate scheduler process for the "publishes once" test: polls publishDueArticles every few
 * milliseconds until `untilMs` and prints the ids it published as JSON.
 * Usage: node --import tsx tests/support/run-scheduler.ts <database-url> <untilMs>
 */
import { publishDueArticles } from "../../lib/articles/scheduler";
import { openDatabase } from "../../lib/db/open";

const [databaseUrl, until] = process.argv.slice(2);
const database = await openDatabase({ databaseUrl: databaseUrl! });
const published: number[] = [];
try {
  while (Date.now() < Number(until)) {
    published.push(...(await publishDueArticles(database.prisma)));
    await new Promise((r) => setTimeout(r, 3));
  }
} finally {
  await database.close();
}
process.stdout.write(JSON.stringify(published));
