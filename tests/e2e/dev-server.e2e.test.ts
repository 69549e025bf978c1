import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PORT = Number(process.env.E2E_DEV_PORT ?? 3150);
const baseUrl = `http://127.0.0.1:${PORT}`;
let dev: ChildProcess;
let dataDir: string;
let output = "";

/** `npm run dev` on the embedded database, as a new developer would start it. */
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "vestnik-dev-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  dev = spawn("npm", ["run", "dev"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  dev.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 150_000;
  while (!output.includes("Вестник работает (разработка)")) {
    if (Date.now() > deadline || dev.exitCode !== null) throw new Error(`npm run dev did not start:\n${output.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 180_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run dev", () => {
  it("serves the reader site through the production pipeline (no framework JS) and the newsroom with its runtime", async () => {
    const home = await fetch(baseUrl + "/");
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain("Последние новости");
    expect(html).not.toMatch(/<script[^>]*\ssrc="\/_next\//);
    expect(home.headers.get("content-security-policy")).toMatch(/script-src 'self'/);

    const login = await fetch(baseUrl + "/admin/login");
    expect(login.status).toBe(200);
    expect(await login.text()).toMatch(/<script[^>]*\ssrc="\/_next\//);
    expect(login.headers.get("content-security-policy")).toMatch(/'strict-dynamic'/);

    const missing = await fetch(baseUrl + "/net-takoy-stranicy-" + Date.now());
    expect(missing.status).toBe(404);
  }, 120_000);
});
