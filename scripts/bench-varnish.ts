/** `npm run bench:varnish`: only the "two instances behind Varnish" figure of `npm run bench`. */
import { benchVarnish } from "./bench/varnish-bench";

const BUDGET_P99_MS = 50;
const BUDGET_FRESH_MS = 1_000;

const figure = await benchVarnish({ connections: 32, seconds: Number(process.env.BENCH_SECONDS ?? 10) });
if (!figure) {
  console.log("Varnish is not installed (apt-get install varnish varnish-modules)");
  process.exit(1);
}
for (const phase of ["quiet", "editing"] as const) {
  const [r, served] = [figure[phase], figure.served[phase]];
  console.log(
    `${phase}: ${Math.round(r.rps)} req/s, ${r.errors} errors; wrk (corrected) p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms; ` +
      `${served.count} answers in Varnish's log: p50 ${served.p50.toFixed(2)} ms, p99 ${served.p99.toFixed(2)} ms, p99.9 ${served.p999.toFixed(0)} ms, max ${served.max.toFixed(0)} ms`,
  );
}
console.log(`changes: ${figure.changes} (${figure.failures} failed)`);
console.log(`publish → page through Varnish: ${figure.freshAfterPublishMs.map((ms) => `${ms.toFixed(0)} ms`).join(", ")}`);
const ok = figure.served.editing.p99 <= BUDGET_P99_MS && figure.freshAfterPublishMs.every((ms) => ms <= BUDGET_FRESH_MS);
console.log(`${ok ? "✓" : "✗"} behind Varnish: answers' p99 while editing ≤ ${BUDGET_P99_MS} ms, a publish shows within ${BUDGET_FRESH_MS} ms`);
process.exit(ok ? 0 : 1);
