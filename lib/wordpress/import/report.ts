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
  /** Old image addresses in bodies and covers that were not imported. */
  unresolvedMedia: string[];
  seconds: number;
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
  };
}

export function count(tally: Tally, outcome: "imported" | "updated"): void {
  tally[outcome]++;
}

export function skip(tally: Tally, reason: string): void {
  tally.skipped[reason] = (tally.skipped[reason] ?? 0) + 1;
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

/** The report as lines of Russian text, for the terminal. */
export function describeReport(report: ImportReport): string[] {
  const lines = LABELS.map(([key, label]) => {
    const tally = report[key] as Tally;
    const reasons = (record: Record<string, number>) =>
      Object.entries(record)
        .map(([reason, n]) => `${reason}: ${n}`)
        .join("; ");
    const skipped = reasons(tally.skipped);
    const failed = reasons(tally.failed);
    return `${label}: новых ${tally.imported}, обновлено ${tally.updated}${skipped ? `, пропущено (${skipped})` : ""}${failed ? `, ошибки (${failed})` : ""}`;
  });
  lines.push(`Перенаправления со старых адресов: ${report.redirects}`);
  if (report.unresolvedMedia.length > 0) lines.push(`Изображения, которые не перенесены: ${report.unresolvedMedia.length}`);
  lines.push(report.dryRun ? "Пробный прогон: ничего не записано." : `Готово за ${report.seconds.toFixed(1)} с.`);
  return lines;
}
