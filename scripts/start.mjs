// `npm start`: builds when there is no build (or the server bundle is older than it), then runs
// the bundled server in this very process. Plain JavaScript, so no TypeScript loader stays in
// memory; package.json gives this process its heap limit (children spawned here do not inherit it).
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = process.cwd();
const buildId = path.join(root, ".next", "BUILD_ID");
const bundle = path.join(root, ".next", "vestnik-server.mjs");

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(buildId)) {
  console.log("Сборки нет — собираю приложение (next build)…");
  run([createRequire(import.meta.url).resolve("next/dist/bin/next"), "build"]);
}
if (!existsSync(bundle) || statSync(bundle).mtimeMs < statSync(buildId).mtimeMs) run(["--import", "tsx", path.join("scripts", "build-server.ts")]);

await import(pathToFileURL(bundle).href);
