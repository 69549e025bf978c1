import { describe, expect, it } from "vitest";
import { diffLines, htmlToLines } from "./diff";

describe("revision comparison", () => {
  it("splits a body into block lines of text", () => {
    expect(htmlToLines("<h2>Итоги</h2><p>Первый &amp; <strong>второй</strong></p><ul><li>пункт</li></ul>")).toEqual(["Итоги", "Первый & второй", "пункт"]);
  });

  it("marks removed and added lines around what stayed", () => {
    expect(diffLines(["а", "б", "в"], ["а", "г", "в", "д"])).toEqual([
      { kind: "same", text: "а" },
      { kind: "removed", text: "б" },
      { kind: "added", text: "г" },
      { kind: "same", text: "в" },
      { kind: "added", text: "д" },
    ]);
  });
});
