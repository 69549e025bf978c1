import { describe, expect, it } from "vitest";
import { startArguments } from "./app-server";

describe("startArguments", () => {
  it("are npm start's node arguments: the heap limit, then the launcher", () => {
    const args = startArguments();
    expect(args.at(-1)).toBe("scripts/start.mjs");
    expect(args).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
  });
});
