import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = import.meta.dirname;
const ROOT = path.dirname(LIB);
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

/** lib/<folder> for files in a folder, lib/<name> for the few top-level files. */
function moduleOf(file: string): string {
  const [first, second] = path.relative(LIB, file).split(path.sep);
  return second === undefined ? first!.replace(/\.(ts|tsx|mjs)$/, "") : first!;
}

function importedPath(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.join(ROOT, specifier.slice(2));
  if (specifier.startsWith(".")) return path.resolve(path.dirname(file), specifier);
  return null;
}

/** Which lib module imports which, and what each imports from outside lib. */
function moduleGraph() {
  const edges = new Map<string, Set<string>>();
  const outward: string[] = [];
  for (const file of sourceFiles(LIB)) {
    const from = moduleOf(file);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = importedPath(file, specifier!);
      if (target === null) continue;
      const relative = path.relative(ROOT, target);
      if (!relative.startsWith("lib" + path.sep)) {
        outward.push(`${path.relative(ROOT, file)} → ${specifier}`);
        continue;
      }
      const to = moduleOf(target);
      if (to !== from && to !== "generated") edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return { edges, outward };
}

function cycles(edges: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (node: string, trail: string[]) => {
    if (state.get(node) === "done") return;
    if (state.get(node) === "open") {
      found.push([...trail.slice(trail.indexOf(node)), node].join(" → "));
      return;
    }
    state.set(node, "open");
    for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, "done");
  };
  for (const node of edges.keys()) visit(node, []);
  return found;
}

describe("lib's modules", () => {
  const { edges, outward } = moduleGraph();

  it("were found (the scanner reads the imports)", () => {
    expect(edges.get("articles")?.has("db")).toBe(true);
    expect(edges.size).toBeGreaterThan(10);
  });

  it("import each other without a cycle", () => {
    expect(cycles(edges)).toEqual([]);
  });

  it("never import app/ or components/", () => {
    expect(outward.filter((line) => /→ @\/(app|components)\b|→ (\.\.\/)+(app|components)\//.test(line))).toEqual([]);
  });

  it("are detected as cyclic when they are (the check itself works)", () => {
    expect(
      cycles(
        new Map([
          ["a", new Set(["b"])],
          ["b", new Set(["c"])],
          ["c", new Set(["a"])],
        ]),
      ),
    ).toEqual(["a → b → c → a"]);
  });
});
