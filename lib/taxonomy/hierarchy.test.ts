import { describe, expect, it } from "vitest";
import { ancestorsOf, childrenOf, inTreeOrder, makesCycle, withDescendants } from "./hierarchy";

// news(1) ─ region(2) ─ city(3)
//         └ world(4)
// sport(5)
const tree = [
  { id: 1, parentId: null, name: "Новости" },
  { id: 5, parentId: null, name: "Спорт" },
  { id: 4, parentId: 1, name: "Мир" },
  { id: 2, parentId: 1, name: "Регион" },
  { id: 3, parentId: 2, name: "Город" },
];

describe("withDescendants", () => {
  it("gives the category and everything under it, at any depth", () => {
    expect(withDescendants(tree, 1).sort()).toEqual([1, 2, 3, 4]);
    expect(withDescendants(tree, 2).sort()).toEqual([2, 3]);
    expect(withDescendants(tree, 5)).toEqual([5]);
  });

  it("stops at a cycle", () => {
    const cyclic = [
      { id: 1, parentId: 3 },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 2 },
    ];
    expect(withDescendants(cyclic, 1).sort()).toEqual([1, 2, 3]);
  });
});

describe("ancestorsOf", () => {
  it("lists the parents from the top down", () => {
    expect(ancestorsOf(tree, 3).map((c) => c.name)).toEqual(["Новости", "Регион"]);
    expect(ancestorsOf(tree, 1)).toEqual([]);
    expect(ancestorsOf(tree, 99)).toEqual([]);
  });

  it("stops at a cycle and at a missing parent", () => {
    const cyclic = [
      { id: 1, parentId: 2 },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 42 },
    ];
    expect(ancestorsOf(cyclic, 1).map((c) => c.id)).toEqual([2]);
    expect(ancestorsOf(cyclic, 3)).toEqual([]);
  });
});

describe("childrenOf", () => {
  it("keeps the given order", () => {
    expect(childrenOf(tree, 1).map((c) => c.id)).toEqual([4, 2]);
  });
});

describe("makesCycle", () => {
  it("refuses the category itself and its descendants as parent", () => {
    expect(makesCycle(tree, 1, 1)).toBe(true);
    expect(makesCycle(tree, 1, 3)).toBe(true);
    expect(makesCycle(tree, 2, 4)).toBe(false);
    expect(makesCycle(tree, 3, 5)).toBe(false);
  });
});

describe("inTreeOrder", () => {
  it("puts each parent before its children, with depths", () => {
    expect(inTreeOrder(tree).map((c) => [c.id, c.depth])).toEqual([
      [1, 0],
      [4, 1],
      [2, 1],
      [3, 2],
      [5, 0],
    ]);
  });

  it("shows every category once, even in a cycle or under a missing parent", () => {
    const odd = [
      { id: 1, parentId: 2 },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 42 },
    ];
    expect(inTreeOrder(odd).map((c) => [c.id, c.depth])).toEqual([
      [3, 0],
      [1, 0],
      [2, 1],
    ]);
  });
});
