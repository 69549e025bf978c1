import { describe, expect, it } from "vitest";
import { withoutControlCharacters } from "./control-characters";

describe("withoutControlCharacters", () => {
  it("drops NUL and the other controls, keeps tabs, line breaks and every letter", () => {
    expect(withoutControlCharacters("Ак\u0000тау\u0001 \u000bи\u007f\u0085 Өскемен\n\tҚазақ\r\n")).toBe("Актау и Өскемен\n\tҚазақ\r\n");
  });
});
