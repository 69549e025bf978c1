import { describe, expect, it } from "vitest";
import { articleUrlParts } from "./paths";

describe("articleUrlParts", () => {
  it("takes apart an article's URLs", () => {
    expect(articleUrlParts("/novost")).toEqual({ slug: "novost", replyId: undefined, personal: false });
    expect(articleUrlParts("/novost/reply/12")).toEqual({ slug: "novost", replyId: "12", personal: false });
    expect(articleUrlParts("/personal/abc.def/novost")).toEqual({ slug: "novost", replyId: undefined, personal: true });
    expect(articleUrlParts("/kk/zhanalyq/reply/3")).toEqual({ slug: "zhanalyq", replyId: "3", personal: false });
    expect(articleUrlParts("/ru/personal/abc.def/novost")).toEqual({ slug: "novost", replyId: undefined, personal: true });
    expect(articleUrlParts("/wp-login.php")).toEqual({ slug: "wp-login.php", replyId: undefined, personal: false });
  });

  it("is null for other shapes and reserved segments", () => {
    for (const path of ["/", "/category/sport", "/search", "/feed", "/a/b/c", "/personal/x", "/kk", "/kk/category/sport"])
      expect(articleUrlParts(path), path).toBeNull();
  });
});
