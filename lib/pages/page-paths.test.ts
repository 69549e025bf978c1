import { describe, expect, it } from "vitest";
import { pagePath } from "./page-paths";

describe("page paths", () => {
  it("puts top-level pages at /<slug> and children under their parent", () => {
    expect(pagePath("kontakty")).toBe("/kontakty");
    expect(pagePath("prays-list", "reklama")).toBe("/reklama/prays-list");
    expect(pagePath("kontakty", null)).toBe("/kontakty");
  });
});
