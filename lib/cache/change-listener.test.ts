import { describe, expect, it } from "vitest";
import { tagsForTables } from "./change-listener";

describe("tagsForTables", () => {
  it("maps tables to the reads they feed, without duplicates", () => {
    expect(tagsForTables(["Article", "ArticleTag"])).toEqual(["articles"]);
    expect(tagsForTables(["Category"]).sort()).toEqual(["articles", "categories"]);
    expect(tagsForTables(["AdSlot"])).toEqual(["ads"]);
    expect(tagsForTables(["_prisma_migrations"])).toEqual([]);
  });
});
