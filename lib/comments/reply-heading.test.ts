import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { replyHeading } from "./reply-heading";

describe("the reply form's heading", () => {
  it("leaves the name undeclined after a colon, in the page's language", () => {
    expect(replyHeading(messagesFor("ru").comments.replyHeading, "Читатель из Аксу")).toBe("Ответ на комментарий: Читатель из Аксу");
    expect(replyHeading(messagesFor("kk").comments.replyHeading, "Ақсудан оқырман")).toBe("Пікірге жауап: Ақсудан оқырман");
  });

  it("keeps a name as typed, even one that looks like a replacement pattern", () => {
    expect(replyHeading("Ответ на комментарий: {name}", "$& {name}")).toBe("Ответ на комментарий: $& {name}");
  });

  it("is written the same by the form's script when a reply link moves the form, from the words the page gives it", () => {
    const script = readFileSync(path.resolve(import.meta.dirname, "../../public/comments.js"), "utf8");
    expect(script).toContain('words.replyHeading.split("{name}").join(author)');
    expect(script).not.toContain('"Ответить " + author');
    // Every word it shows comes from the form's data attributes, in the page's language.
    expect(script.replace(/^\s*\/\/.*$/gm, "")).not.toMatch(/[\u0400-\u04FF]/);
  });
});
