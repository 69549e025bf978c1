export type SkipReason = "denied" | "unchanged" | "empty" | "missing";
export type BulkOp = "publish" | "draft" | "category" | "trash";
export type BulkOutcome = { done: number[]; skipped: Partial<Record<SkipReason, number>> };

const DONE: Record<BulkOp, string> = { publish: "Опубликовано", draft: "В черновики", category: "Перенесено в рубрику", trash: "В корзину" };
const REASONS: Record<SkipReason, string> = { denied: "нет прав", unchanged: "без изменений", empty: "без текста", missing: "не найдено" };

/** «Опубликовано: 3; пропущено: 1 (нет прав)». */
export function bulkReport(op: BulkOp, done: number, skipped: Partial<Record<SkipReason, number>>): string {
  const reasons = (Object.keys(REASONS) as SkipReason[]).filter((r) => (skipped[r] ?? 0) > 0);
  const total = reasons.reduce((n, r) => n + skipped[r]!, 0);
  const head = `${DONE[op]}: ${done}`;
  if (total === 0) return head;
  const why = reasons.length === 1 ? REASONS[reasons[0]!] : reasons.map((r) => `${REASONS[r]}: ${skipped[r]}`).join(", ");
  return `${head}; пропущено: ${total} (${why})`;
}

/** The report travels in the address after the redirect, as numbers: op, done, then each reason. */
export function encodeReport(op: BulkOp, done: number, s: Partial<Record<SkipReason, number>>): string {
  return [op, done, s.denied ?? 0, s.unchanged ?? 0, s.empty ?? 0, s.missing ?? 0].join(".");
}

export function decodeReport(value: string | undefined): string | null {
  const m = /^(publish|draft|category|trash)\.(\d+)\.(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(value ?? "");
  if (!m) return null;
  const [, op, done, denied, unchanged, empty, missing] = m;
  return bulkReport(op as BulkOp, Number(done), { denied: Number(denied), unchanged: Number(unchanged), empty: Number(empty), missing: Number(missing) });
}
