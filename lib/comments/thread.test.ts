import { describe, expect, it } from "vitest";
import { buildThread, mergeByDate } from "./thread";

const c = (id: number, parentId: number | null, createdAt = `2026-01-0${id}`) => ({ id, parentId, createdAt });

describe("buildThread", () => {
  it("nests replies under their parents in order", () => {
    const thread = buildThread([c(1, null), c(2, 1), c(3, null), c(4, 2), c(5, 1)]);
    expect(thread.map((n) => n.id)).toEqual([1, 3]);
    expect(thread[0]!.replies.map((n) => n.id)).toEqual([2, 5]);
    expect(thread[0]!.replies[0]!.replies.map((n) => n.id)).toEqual([4]);
  });

  it("keeps a reply whose parent is missing at the top level", () => {
    expect(buildThread([c(2, 9)]).map((n) => n.id)).toEqual([2]);
  });
});

describe("mergeByDate", () => {
  it("interleaves held comments by date", () => {
    expect(mergeByDate([c(1, null), c(3, null)], [c(2, null)]).map((x) => x.id)).toEqual([1, 2, 3]);
  });
});
