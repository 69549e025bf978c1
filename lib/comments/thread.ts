export type ThreadNode<T> = T & { replies: ThreadNode<T>[] };

/**
 * Nests comments under their parents, keeping the given (oldest-first) order at every level.
 * A reply whose parent is not in the list is shown at the top level rather than lost.
 */
export function buildThread<T extends { id: number; parentId: number | null }>(comments: T[]): ThreadNode<T>[] {
  const nodes = new Map<number, ThreadNode<T>>(comments.map((c) => [c.id, { ...c, replies: [] }]));
  const roots: ThreadNode<T>[] = [];
  for (const comment of comments) {
    const node = nodes.get(comment.id)!;
    const parent = comment.parentId === null ? undefined : nodes.get(comment.parentId);
    (parent ? parent.replies : roots).push(node);
  }
  return roots;
}

/** Approved comments and the reader's own held ones, oldest first. */
export function mergeByDate<T extends { id: number; createdAt: string }>(a: T[], b: T[]): T[] {
  return [...a, ...b].sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id - y.id);
}
