import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("SITE_URL", () => {
  it("defaults to localhost on the port the server listens on", () => {
    expect(parseEnv({ PORT: "3100" }).SITE_URL).toBe("http://localhost:3100");
    expect(parseEnv({}).SITE_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "3100" }).siteUrlDefaulted).toBe(true);
  });

  it("is taken as set, whatever the port", () => {
    const env = parseEnv({ PORT: "3100", SITE_URL: "https://vestnik.kz" });
    expect(env.SITE_URL).toBe("https://vestnik.kz");
    expect(env.siteUrlDefaulted).toBe(false);
  });
});
