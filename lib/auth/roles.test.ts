import { describe, expect, it } from "vitest";
import { can, rolesWithout } from "./roles";

describe("roles", () => {
  it("follow WordPress: contributors never publish, authors publish their own, editors everyone's", () => {
    expect(can("CONTRIBUTOR", "articles.write")).toBe(true);
    expect(can("CONTRIBUTOR", "articles.publishOwn")).toBe(false);
    expect(can("CONTRIBUTOR", "media.upload")).toBe(false);
    expect(can("AUTHOR", "articles.publishOwn")).toBe(true);
    expect(can("AUTHOR", "articles.editOthers")).toBe(false);
    expect(can("EDITOR", "articles.editOthers")).toBe(true);
    expect(can("EDITOR", "comments.moderate")).toBe(true);
    expect(can("EDITOR", "users.manage")).toBe(false);
    expect(rolesWithout("users.manage")).toEqual(["EDITOR", "AUTHOR", "CONTRIBUTOR"]);
  });
});
