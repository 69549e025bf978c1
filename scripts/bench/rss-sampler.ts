import { processRssBytes } from "./render-cost";

/** Samples a process's resident set size every `everyMs` until stopped; reports the peak. */
export function sampleRss(pid: number, everyMs = 250): { peak(): number; stop(): void } {
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, processRssBytes(pid));
    } catch {
      // the process has exited
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}
