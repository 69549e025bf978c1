import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text";

describe("plainText", () => {
  it("keeps paragraphs and list items apart and decodes entities once", () => {
    expect(plainText("<h2>Итоги</h2><p>Цена &lt;100&gt; тг &amp; &#171;выше&#x00BB;&nbsp;нормы</p><ul><li>один</li><li>два</li></ul>")).toBe(
      "Итоги\n\nЦена <100> тг & «выше» нормы\n\nодин\n\nдва",
    );
  });

  it("joins inline markup without gaps and drops what is not text", () => {
    expect(plainText("<p>Сло<b>во</b> и <a href='/x'>ссылка</a><br>дальше</p><script>alert(1)</script>")).toBe("Слово и ссылка\n\nдальше");
    expect(plainText("&amp;lt; &bogus; &#0;")).toBe("&lt; &bogus; &#0;");
  });
});
