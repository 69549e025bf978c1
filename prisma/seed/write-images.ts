import { writeImageVariants } from "@/lib/media/variants";
import type { ImageSpec } from "./images";
import { renderSvg } from "./images";

/** Renders every spec to <dataDir>/media/<key>/<width>.webp, a few at a time. */
export async function writeSeedImages(specs: readonly ImageSpec[], dataDir: string, onWritten: (spec: ImageSpec) => void, concurrency = 4): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < specs.length) {
      const spec = specs[next++]!;
      const stored = await writeImageVariants(spec.key, Buffer.from(renderSvg(spec)), spec.widths, { dataDir });
      if (stored.width !== spec.width || stored.height !== spec.height || stored.widths.join() !== spec.widths.join()) {
        throw new Error(`Image ${spec.key} rendered as ${stored.width}×${stored.height} [${stored.widths.join()}]`);
      }
      onWritten(spec);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, specs.length) }, worker));
}
