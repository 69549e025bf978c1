import { describe, expect, it } from "vitest";
import { commenterCookieOptions } from "@/lib/comments/commenter-cookie";
import { cookiesAreSecure } from "./cookie-security";

describe("cookie Secure flag", () => {
  it("follows SITE_URL's scheme", () => {
    expect(cookiesAreSecure("https://vestnik.kz")).toBe(true);
    expect(cookiesAreSecure("http://localhost:3000")).toBe(false);
  });

  it("is the same rule for the commenter cookie as for the session cookie, whatever NODE_ENV", () => {
    expect(commenterCookieOptions(60, "http://localhost:3100")).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/", maxAge: 60 });
    expect(commenterCookieOptions(60, "https://vestnik.kz").secure).toBe(true);
  });
});
