import { describe, expect, it } from "vitest";
import { parseChange, tagsForChange } from "./changes";

describe("tagsForChange", () => {
  it("expires an article's page for any change, and lists only when the change reaches them", () => {
    expect(tagsForChange({ t: "Article", ids: [7] })).toEqual(["article:7"]);
    expect(tagsForChange({ t: "Article", ids: [7], summary: [7] })).toEqual(["article:7", "summary:7"]);
    expect(tagsForChange({ t: "Article", ids: [7, 8], lists: true, breaking: true })).toEqual(["article:7", "article:8", "lists", "breaking"]);
  });

  it("expires the lists (every category feed) when an article joins or leaves a category", () => {
    expect(tagsForChange({ t: "ArticleCategory", ids: [7], lists: true })).toEqual(["article:7", "lists"]);
  });

  it("maps comments to their article's page and site-wide tables to everything", () => {
    expect(tagsForChange({ t: "Comment", ids: [3, 3] })).toEqual(["article:3"]);
    expect(tagsForChange({ t: "AdSlot" })).toEqual(["ads"]);
    expect(tagsForChange({ t: "Category", op: "UPDATE" })).toEqual(["site"]);
    expect(tagsForChange({ t: "Tag", op: "INSERT" })).toEqual(["lists"]);
    expect(tagsForChange({ t: "Tag", op: "UPDATE" })).toEqual(["site"]);
    expect(tagsForChange({ t: "Article", all: true })).toEqual(["site"]);
    expect(tagsForChange({ t: "_prisma_migrations" })).toEqual([]);
  });
});

describe("parseChange", () => {
  it("reads the triggers' payloads and ignores anything else", () => {
    expect(parseChange('{"t":"Article","ids":[1],"lists":false,"summary":[],"breaking":false}')).toEqual({
      t: "Article",
      ids: [1],
      lists: false,
      summary: [],
      breaking: false,
    });
    expect(parseChange("Article")).toBeNull();
    expect(parseChange('{"ids":[1]}')).toBeNull();
  });
});
