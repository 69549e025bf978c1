/**
 * Counting from code Next loads (server actions, invalidation) without pulling prom-client into
 * its bundle: the server's counters live on globalThis (lib/ops/metrics.ts) and are absent
 * outside the server (scripts, tests), where nothing is counted.
 */
export type CommentOutcome = "published" | "held" | "invalid" | "refused" | "failed" | "unavailable";

type Counters = {
  tagsExpired: { inc(value?: number): void };
  commentPosts: { inc(labels: { outcome: CommentOutcome }): void };
};

const holder = globalThis as typeof globalThis & { __vestnikMetrics?: Counters };

export function countTagsExpired(count: number): void {
  if (count > 0) holder.__vestnikMetrics?.tagsExpired.inc(count);
}

export function countCommentPost(outcome: CommentOutcome): void {
  holder.__vestnikMetrics?.commentPosts.inc({ outcome });
}
