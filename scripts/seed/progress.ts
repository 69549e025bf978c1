import cliProgress from "cli-progress";
import type { SeedProgress } from "@/prisma/seed";

export type ProgressReporter = { update: (progress: SeedProgress) => void; stop: () => void };

/**
 * A progress bar on a terminal; elsewhere (CI, logs) one plain line per step and every 25%,
 * so logs stay readable.
 */
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stdout): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {step}`, hideCursor: true, clearOnComplete: false, stream },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update({ step, done, total }) {
        if (!started) {
          bar.start(total, done, { step });
          started = true;
        } else {
          bar.setTotal(total);
          bar.update(done, { step });
        }
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }

  let lastStep = "";
  let lastQuarter = -1;
  return {
    update({ step, done, total }) {
      const quarter = total > 0 ? Math.floor((done / total) * 4) : 0;
      if (step === lastStep && quarter === lastQuarter) return;
      lastStep = step;
      lastQuarter = quarter;
      stream.write(`${label}: ${step} — ${total > 0 ? Math.round((done / total) * 100) : 0}%\n`);
    },
    stop() {},
  };
}
