import { describe, expect, it } from "vitest";
import { splitHighlight } from "./highlight";

describe("splitHighlight", () => {
  it("separates hits from text and decodes entities", () => {
    expect(splitHighlight("Рост ⟦наркопреступлений⟧ в &laquo;Өскемене&raquo; и ⟦области⟧")).toEqual([
      { text: "Рост ", hit: false },
      { text: "наркопреступлений", hit: true },
      { text: " в «Өскемене» и ", hit: false },
      { text: "области", hit: true },
    ]);
  });

  it("leaves text without hits whole and never invents markup", () => {
    expect(splitHighlight("<script>x</script>")).toEqual([{ text: "<script>x</script>", hit: false }]);
  });
});
