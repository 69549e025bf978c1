import { describe, expect, it } from "vitest";
import { bulkReport, decodeReport, encodeReport } from "./bulk-report";

describe("the bulk action's report", () => {
  it("says how many changed and why the others were skipped", () => {
    expect(bulkReport("publish", 3, { denied: 1 })).toBe("Опубликовано: 3; пропущено: 1 (нет прав)");
    expect(bulkReport("draft", 2, {})).toBe("В черновики: 2");
    expect(bulkReport("publish", 1, { denied: 1, empty: 2 })).toBe("Опубликовано: 1; пропущено: 3 (нет прав: 1, без текста: 2)");
  });

  it("travels in the address as numbers only", () => {
    const encoded = encodeReport("category", 4, { unchanged: 1 });
    expect(encoded).toBe("category.4.0.1.0.0");
    expect(decodeReport(encoded)).toBe("Перенесено в рубрику: 4; пропущено: 1 (без изменений)");
    expect(decodeReport("<script>")).toBeNull();
  });
});
