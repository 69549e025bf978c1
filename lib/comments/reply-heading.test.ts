import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPLY_HEADING_PREFIX, replyHeading } from "./reply-heading";

describe("the reply form's heading", () => {
  it("leaves the name undeclined after a colon", () => {
    expect(replyHeading("Читатель из Аксу")).toBe("Ответ на комментарий: Читатель из Аксу");
  });

  it("is written the same by the form's script when a reply link moves the form", () => {
    const script = readFileSync(path.resolve(import.meta.dirname, "../../public/comments.js"), "utf8");
    expect(script).toContain(`"${REPLY_HEADING_PREFIX}" + author`);
    expect(script).not.toContain('"Ответить " + author');
  });
});
