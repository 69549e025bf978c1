import { describe, expect, it } from "vitest";
import { splitSidebarTags } from "./sidebar-routes";

const tags = ["site", "article:5", "lists", "summary:7", "ads"];

describe("splitSidebarTags", () => {
  it("lets an article page's lists wait", () => {
    for (const path of ["/novost-dnya", "/novost-dnya/reply/12", "/personal/abc.def/novost-dnya"]) {
      expect(splitSidebarTags(tags, path)).toEqual({ tags: ["site", "article:5", "ads"], softTags: ["lists", "summary:7"] });
    }
  });

  it("keeps every tag hard on list pages", () => {
    for (const path of ["/front/main", "/category/ekonomika", "/search", "/tag/most/page/2"]) {
      expect(splitSidebarTags(tags, path)).toEqual({ tags, softTags: [] });
    }
  });
});
