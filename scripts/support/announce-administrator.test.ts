import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { announceAdministrator } from "./announce-administrator";

describe("announceAdministrator", () => {
  const admin = { email: "admin@localhost", generatedPassword: "Сек-рет-123456" };

  it("shows a generated password only on a terminal", () => {
    expect(announceAdministrator(admin, { terminal: true, dataDir: "/nonexistent" })).toContain("Сек-рет-123456");
  });

  it("elsewhere writes it to a file only the owner can read, and logs where", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "vestnik-admin-"));
    const line = announceAdministrator(admin, { terminal: false, dataDir });
    expect(line).not.toContain("Сек-рет-123456");
    const file = path.join(dataDir, "admin-password");
    expect(line).toContain(file);
    expect(readFileSync(file, "utf8")).toBe("admin@localhost\nСек-рет-123456\n");
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
