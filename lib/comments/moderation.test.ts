import { describe, expect, it } from "vitest";
import { countLinks, judgeComment, matchesAnyKey, type CommentFacts } from "./moderation";

const facts: CommentFacts = {
  authorName: "Айгуль",
  authorEmail: "aigul@example.kz",
  authorUrl: "",
  content: "Хорошая новость для Павлодара.",
  ip: "10.0.0.7",
  userAgent: "Mozilla/5.0",
};
const noKeys = { moderation: [], disallowed: [] };

describe("countLinks", () => {
  it("counts URLs and links like WordPress", () => {
    expect(countLinks("без ссылок")).toBe(0);
    expect(countLinks("см. https://a.kz и http://b.kz")).toBe(2);
    expect(countLinks('<a href="https://a.kz">a</a>')).toBe(1);
  });
});

describe("matchesAnyKey", () => {
  it("finds a key in any field, ignoring case, and skips blank keys", () => {
    expect(matchesAnyKey(["", "  ", "КАЗИНО"], { ...facts, content: "лучшее казино" })).toBe("КАЗИНО");
    expect(matchesAnyKey(["10.0.0."], facts)).toBe("10.0.0.");
    expect(matchesAnyKey(["mozilla"], facts)).toBe("mozilla");
    expect(matchesAnyKey(["spam.kz"], { ...facts, authorUrl: "https://spam.kz" })).toBe("spam.kz");
    expect(matchesAnyKey(["a.b"], { ...facts, content: "axb" })).toBeNull();
  });
});

describe("judgeComment", () => {
  it("publishes a known commenter's plain comment", () => {
    expect(judgeComment(facts, noKeys, true).status).toBe("APPROVED");
  });
  it("holds a first comment from an email", () => {
    expect(judgeComment(facts, noKeys, false).status).toBe("PENDING");
  });
  it("holds two links and a moderation key", () => {
    expect(judgeComment({ ...facts, content: "https://a.kz https://b.kz" }, noKeys, true).status).toBe("PENDING");
    expect(judgeComment({ ...facts, content: "https://a.kz" }, noKeys, true).status).toBe("APPROVED");
    expect(judgeComment(facts, { moderation: ["павлодар"], disallowed: [] }, true).status).toBe("PENDING");
  });
  it("sends a disallowed key to spam, before anything else", () => {
    expect(judgeComment(facts, { moderation: ["Павлодар"], disallowed: ["aigul@"] }, true).status).toBe("SPAM");
  });
});
