/**
 * The category tree, WordPress-style: a category may have a parent, an archive of a parent
 * includes its children's articles at any depth. Parents come from editors and from imports, so
 * every walk here stops at a cycle instead of looping.
 */

export type CategoryNode = { id: number; parentId: number | null };

/** The category and every category under it, at any depth, the category first. */
export function withDescendants(categories: readonly CategoryNode[], rootId: number): number[] {
  const children = new Map<number, number[]>();
  for (const c of categories) {
    if (c.parentId === null) continue;
    const siblings = children.get(c.parentId);
    if (siblings) siblings.push(c.id);
    else children.set(c.parentId, [c.id]);
  }
  const found = [rootId];
  const seen = new Set(found);
  for (let i = 0; i < found.length; i++) {
    for (const child of children.get(found[i]!) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      found.push(child);
    }
  }
  return found;
}

/** The parents of a category from the top one down to its own parent (for breadcrumbs). */
export function ancestorsOf<T extends CategoryNode>(categories: readonly T[], id: number): T[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const chain: T[] = [];
  const seen = new Set([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    seen.add(parentId);
    chain.unshift(parent);
    parentId = parent.parentId;
  }
  return chain;
}

/** The categories whose parent is `id`, in the given order. */
export function childrenOf<T extends CategoryNode>(categories: readonly T[], id: number): T[] {
  return categories.filter((c) => c.parentId === id && c.id !== id);
}

/** Whether making `parentId` the parent of `id` would close a loop (itself or one of its descendants). */
export function makesCycle(categories: readonly CategoryNode[], id: number, parentId: number): boolean {
  return withDescendants(categories, id).includes(parentId);
}

/**
 * Every category once, each parent followed by its children (in the given order), with its depth:
 * the order of an indented list. A category whose parent is missing comes at the top level, and
 * so does the first of a cycle.
 */
export function inTreeOrder<T extends CategoryNode>(categories: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(categories.map((c) => c.id));
  const out: (T & { depth: number })[] = [];
  const placed = new Set<number>();
  const visit = (c: T, depth: number) => {
    if (placed.has(c.id)) return;
    placed.add(c.id);
    out.push({ ...c, depth });
    for (const child of childrenOf(categories, c.id)) visit(child, depth + 1);
  };
  for (const c of categories) if (c.parentId === null || !ids.has(c.parentId)) visit(c, 0);
  for (const c of categories) visit(c, 0);
  return out;
}
