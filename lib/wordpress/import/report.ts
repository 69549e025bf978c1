/** What an import did, by kind of item: printed at the end of the CLI and shown in the newsroom. */
export type Tally = { imported: number; updated: number; skipped: Record<string, number>; failed: Record<string, number> };

export type ImportReport = {
  dryRun: boolean;
  authors: Tally;
  categories: Tally;
  tags: Tally;
  posts: Tally;
  pages: Tally;
  attachments: Tally;
  comments: Tally;
  redirects: number;
  /** Old image addresses in bodies and covers that were not imported (at most 1000). */
  unresolvedMedia: string[];
  /** The text import, in one transaction. */
  seconds: number;
  /** The images, after the text. */
  mediaSeconds: number;
};

export const emptyTally = (): Tally => ({ imported: 0, updated: 0, skipped: {}, failed: {} });

export function emptyReport(dryRun: boolean): ImportReport {
  return {
    dryRun,
    authors: emptyTally(),
    categories: emptyTally(),
    tags: emptyTally(),
    posts: emptyTally(),
    pages: emptyTally(),
    attachments: emptyTally(),
    comments: emptyTally(),
    redirects: 0,
    unresolvedMedia: [],
    seconds: 0,
    mediaSeconds: 0,
  };
}

export function count(tally: Tally, outcome: "imported" | "updated", n = 1): void {
  tally[outcome] += n;
}

export function skip(tally: Tally, reason: string, n = 1): void {
  tally.skipped[reason] = (tally.skipped[reason] ?? 0) + n;
}

export function fail(tally: Tally, reason: string): void {
  tally.failed[reason] = (tally.failed[reason] ?? 0) + 1;
}

const LABELS: [keyof ImportReport, string][] = [
  ["authors", "Авторы"],
  ["categories", "Рубрики"],
  ["tags", "Метки"],
  ["posts", "Записи"],
  ["pages", "Страницы"],
  ["attachments", "Вложения"],
  ["comments", "Комментарии"],
];

function reasons(record: Record<string, number>): string {
  return Object.entries(record)
    .map(([reason, n]) => `${reason}: ${n}`)
    .join("; ");
}

/** The report as lines of Russian text, for the terminal and the newsroom; at most `mediaLines` image addresses are listed. */
export function describeReport(report: ImportReport, { mediaLines = 20 } = {}): string[] {
  const lines = LABELS.map(([key, label]) => {
    const tally = report[key] as Tally;
    const skipped = reasons(tally.skipped);
    const failed = reasons(tally.failed);
    return `${label}: новых ${tally.imported}, обновлено ${tally.updated}${skipped ? `, пропущено (${skipped})` : ""}${failed ? `, ошибки (${failed})` : ""}`;
  });
  lines.push(`Перенаправления со старых адресов: ${report.redirects}`);
  const unresolved = report.unresolvedMedia;
  if (unresolved.length > 0) {
    lines.push(`Изображения, которые не перенесены: ${unresolved.length >= 1000 ? "не менее 1000" : unresolved.length}`);
    for (const url of unresolved.slice(0, mediaLines)) lines.push(`  ${url}`);
    if (unresolved.length > mediaLines) lines.push(`  … и ещё ${unresolved.length - mediaLines}`);
  }
  if (report.dryRun) lines.push("Пробный прогон: ничего не записано.");
  else lines.push(`Готово: текст за ${report.seconds.toFixed(1)} с, изображения за ${report.mediaSeconds.toFixed(1)} с.`);
  return lines;
}
