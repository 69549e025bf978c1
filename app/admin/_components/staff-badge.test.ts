import { describe, expect, it } from "vitest";
import { staffBadge } from "./staff-badge";

describe("the signed-in person in the newsroom's top bar", () => {
  it("says the role once when the name is the role", () => {
    expect(staffBadge("Администратор", "ADMINISTRATOR")).toBe("Администратор");
  });

  it("gives the name and the role, compactly", () => {
    expect(staffBadge("Иван Петров", "EDITOR")).toBe("Иван Петров · редактор");
  });
});
