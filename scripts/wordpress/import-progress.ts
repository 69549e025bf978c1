import cliProgress from "cli-progress";
import type { ImportProgress } from "@/lib/wordpress/import/import-wordpress";

export type ImportBars = {
  text(bytesRead: number, progress: ImportProgress): void;
  /** The text is in: the bar is full whatever the stream last said. */
  textDone(progress: ImportProgress): void;
  media(progress: { done: number; total: number }): void;
  stop(): void;
};

const MB = 1048576;
const size = (bytes: number) => (bytes < MB ? `${Math.ceil(bytes / 1024)} КБ` : `${(bytes / MB).toFixed(1).replace(".", ",")} МБ`);

/**
 * Two bars on a terminal: the text (by bytes of the file read, so the ETA is the file's) and then
 * the images; elsewhere (a log) a line every tenth of the way.
 */
export function importBars(fileBytes: number, stream: NodeJS.WriteStream = process.stdout): ImportBars {
  if (!stream.isTTY) {
    const said = { text: -1, media: -1 };
    const line = (kind: "text" | "media", fraction: number, text: string) => {
      const tenth = Math.floor(fraction * 10);
      if (tenth === said[kind]) return;
      said[kind] = tenth;
      stream.write(`${text}\n`);
    };
    const textLine = (read: number, p: ImportProgress) => `Текст: ${size(read)} из ${size(fileBytes)}, записей ${p.posts}, комментариев ${p.comments}`;
    return {
      text: (read, p) => line("text", Math.min(read / Math.max(1, fileBytes), 0.99), textLine(read, p)),
      textDone: (p) => stream.write(`${textLine(fileBytes, p)} — готово\n`),
      media: ({ done, total }) => line("media", done / Math.max(1, total), `Изображения: ${done} из ${total}`),
      stop: () => undefined,
    };
  }
  const bars = new cliProgress.MultiBar(
    { hideCursor: true, clearOnComplete: false, stopOnComplete: false, stream, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  const text = bars.create(
    fileBytes,
    0,
    { read: size(0), posts: 0, comments: 0 },
    {
      format: `Текст       {bar} {percentage}% | {read} из ${size(fileBytes)} | записей {posts}, комментариев {comments} | осталось {eta_formatted}`,
    },
  );
  let media: cliProgress.SingleBar | undefined;
  return {
    text: (read, p) => text.update(read, { read: size(read), posts: p.posts, comments: p.comments }),
    textDone: (p) => text.update(fileBytes, { read: size(fileBytes), posts: p.posts, comments: p.comments }),
    media: ({ done, total }) => {
      media ??= bars.create(total, 0, {}, { format: "Изображения {bar} {percentage}% | {value} из {total} | осталось {eta_formatted}" });
      media.update(done);
    },
    stop: () => bars.stop(),
  };
}
