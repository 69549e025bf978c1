import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeGeneratedExport } from "@/lib/wordpress/testing/generate-export";
import { createTestDatabase, postgresAvailable } from "@/tests/support/postgres";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const MB = 1024 * 1024;

type ChildResult = { posts: number; comments: number; peakRss: number; liveHeap: number[] };

/** The import in a process of its own (the memory of this test runner is not the import's), as the CLI runs it. */
function importInChild(file: string, databaseUrl: string, sampleHeap: boolean): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const flags = sampleHeap ? ["--expose-gc"] : [];
    const child = spawn(process.execPath, [...flags, "--import", "tsx", "lib/wordpress/testing/import-child.ts", file, databaseUrl], {
      cwd: ROOT,
      env: { ...process.env, MALLOC_ARENA_MAX: "2" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out) as ChildResult) : reject(new Error(`import exited with ${code}: ${err}`))));
  });
}

async function importGenerated(shape: { posts: number; comments: number }, sampleHeap = false): Promise<ChildResult & { bytes: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), "vestnik-import-memory-"));
  const database = await createTestDatabase();
  try {
    const file = path.join(dir, "export.xml");
    const bytes = await writeGeneratedExport(file, shape);
    return { ...(await importInChild(file, database.url, sampleHeap)), bytes };
  } finally {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!(await postgresAvailable()))("the import's memory", () => {
  it("imports a 10 MB export within 300 MB of resident memory, the importing process's whole", async () => {
    const result = await importGenerated({ posts: 1050, comments: 5000 });
    expect(result.bytes).toBeGreaterThan(9.5 * MB);
    expect(result.posts).toBeGreaterThan(900);
    expect(result.comments).toBeGreaterThan(4000);
    expect(result.peakRss).toBeLessThanOrEqual(300 * MB);
  }, 180_000);

  it("reads the export as it goes: once the first batches are in, the live heap does not grow with the export", async () => {
    const { liveHeap, posts } = await importGenerated({ posts: 3000, comments: 15_000 }, true);
    expect(posts).toBeGreaterThan(2500);
    // Samples are taken wherever a batch happens to be, so thirds are compared by their medians.
    const third = Math.floor(liveHeap.length / 3);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    expect(median(liveHeap.slice(2 * third)) - median(liveHeap.slice(third, 2 * third))).toBeLessThan(10 * MB);
  }, 300_000);
});
