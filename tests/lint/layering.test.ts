import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PLANTED_PAGE = "tests/lint/fixtures/app/planted-page.tsx";
const PLANTED_MODULE = "tests/lint/fixtures/lib/planted-module.ts";

/** The project's own eslint.config.mjs; the fixtures it ignores for `npm run lint` are let back in. */
const eslint = new ESLint({ cwd: ROOT, ignorePatterns: ["!tests/lint/fixtures/**"] });

async function lint(file: string) {
  const [result] = await eslint.lintFiles([file]);
  if (!result) throw new Error(`ESLint returned no result for ${file}`);
  return result;
}

function restrictedImports(result: ESLint.LintResult) {
  return result.messages.filter((message) => message.ruleId === "no-restricted-imports");
}

// Loading the config and following imports for import/no-cycle takes seconds, not milliseconds.
describe("the layering rule of eslint.config.mjs", { timeout: 60_000 }, () => {
  it("stops a page under app/ from importing the database", async () => {
    const found = restrictedImports(await lint(PLANTED_PAGE));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, line: 3 });
    expect(found[0]!.message).toContain("'@/lib/db'");
    expect(found[0]!.message).toContain("never the database directly");
  });

  it("stops a lib/ module from importing components/", async () => {
    const found = restrictedImports(await lint(PLANTED_MODULE));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, line: 3 });
    expect(found[0]!.message).toContain("'@/components/site/Pagination'");
    expect(found[0]!.message).toContain("lib/ is below app/ and components/");
  });

  it("passes a clean lib/ file", async () => {
    const result = await lint("lib/paths.ts");
    expect(result.messages.filter((message) => message.severity === 2)).toEqual([]);
  });

  it("leaves the planted fixtures out of `eslint .`", async () => {
    const plain = new ESLint({ cwd: ROOT });
    expect(await plain.isPathIgnored(path.join(ROOT, PLANTED_PAGE))).toBe(true);
    expect(await plain.isPathIgnored(path.join(ROOT, PLANTED_MODULE))).toBe(true);
  });
});
