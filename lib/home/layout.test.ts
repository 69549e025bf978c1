import { describe, expect, it } from "vitest";
import { DEFAULT_HOME_LAYOUT, homeLayoutInput, layoutFromInput, leadSize, parseHomeLayout } from "./layout";

describe("the home layout", () => {
  it("is today's home when nothing (or nonsense) is stored", () => {
    expect(parseHomeLayout(undefined)).toEqual(DEFAULT_HOME_LAYOUT);
    expect(parseHomeLayout({ lead: "grid" })).toEqual(DEFAULT_HOME_LAYOUT);
    expect(leadSize(DEFAULT_HOME_LAYOUT)).toBe(1);
  });

  it("reads the form: a pinned grid, the chosen categories in order with their card counts", () => {
    const input = homeLayoutInput.parse({
      leadKind: "grid",
      leadSize: "4",
      leadSource: "pinned",
      pinned: ["9", "", "3", "9"],
      block: ["2", "5"],
      "order-2": "3",
      "order-5": "1",
      "count-2": "6",
      "count-5": "40",
      latestThumbnails: "on",
    });
    const layout = layoutFromInput(input);
    expect(layout).toEqual({
      lead: { kind: "grid", size: 4, source: "pinned", pinnedIds: [9, 3] },
      blocks: [
        { categoryId: 5, count: 12 },
        { categoryId: 2, count: 6 },
      ],
      latestThumbnails: true,
    });
    expect(parseHomeLayout(JSON.parse(JSON.stringify(layout)))).toEqual(layout);
    expect(homeLayoutInput.safeParse({ leadKind: "single", leadSource: "pinned" }).success).toBe(false);
  });
});
