import { describe, expect, it } from "vitest";
import { withDocumentLanguage } from "./document-language";

describe("withDocumentLanguage", () => {
  it("writes the edition's language on the html element only", () => {
    const html = '<!DOCTYPE html><html lang="ru"><head></head><body><p lang="ru">x</p></body></html>';
    expect(withDocumentLanguage(html, "kk")).toBe('<!DOCTYPE html><html lang="kk"><head></head><body><p lang="ru">x</p></body></html>');
    expect(withDocumentLanguage(html, null)).toBe(html);
  });
});
