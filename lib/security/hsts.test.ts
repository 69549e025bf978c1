import { describe, expect, it } from "vitest";
import { hstsHeader } from "./hsts";

describe("hstsHeader", () => {
  it("is sent only for a site served over https", () => {
    expect(hstsHeader("https://vestnik.kz")).toBe("max-age=31536000; includeSubDomains");
    expect(hstsHeader("http://localhost:3000")).toBeNull();
    expect(hstsHeader("http://vestnik.kz")).toBeNull();
  });
});
