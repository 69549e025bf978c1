import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { encodeCommenter } from "@/lib/comments/commenter-cookie";
import { rewriteForCommenter } from "./commenter-rewrite";

const secret = Buffer.from("test-secret-test-secret-test-secret");
const cookie = encodeCommenter({ name: "Ерлан", email: "e@x.kz", url: "", remember: true, held: [5] }, secret);
const request = (url: string, cookieHeader?: string, method = "GET") => ({ url, method, headers: { cookie: cookieHeader } }) as unknown as IncomingMessage;

describe("rewriteForCommenter", () => {
  it("sends a commenter's article views to their variant", () => {
    const req = request("/ru/novaya-shkola?x=1", `a=b; vestnik_commenter=${cookie}`);
    expect(rewriteForCommenter(req, secret)).toBe(true);
    expect(req.url).toBe(`/ru/personal/${encodeURIComponent(cookie)}/novaya-shkola?x=1`);
  });

  it("sends the reply page without JavaScript to the commenter's variant too, so it knows their name and email", () => {
    const req = request("/kk/novaya-shkola/reply/42", `vestnik_commenter=${cookie}`);
    expect(rewriteForCommenter(req, secret)).toBe(true);
    expect(req.url).toBe(`/kk/personal/${encodeURIComponent(cookie)}/novaya-shkola/reply/42`);
  });

  it("leaves everything else alone", () => {
    for (const req of [
      request("/ru/novaya-shkola"),
      request("/ru/novaya-shkola", "vestnik_commenter=forged.value"),
      request("/ru/category/sport", `vestnik_commenter=${cookie}`),
      request("/ru/personal", `vestnik_commenter=${cookie}`),
      request("/ru/novaya-shkola/reply/0", `vestnik_commenter=${cookie}`),
      request("/ru/novaya-shkola/reply/x", `vestnik_commenter=${cookie}`),
      request("/ru/category/reply/4", `vestnik_commenter=${cookie}`),
      request("/ru/novaya-shkola", `vestnik_commenter=${cookie}`, "DELETE"),
      // Not rewritten into an edition (lib/edge/edition-routing.ts) yet.
      request("/novaya-shkola", `vestnik_commenter=${cookie}`),
    ]) {
      const before = req.url;
      expect(rewriteForCommenter(req, secret)).toBe(false);
      expect(req.url).toBe(before);
    }
  });
});
