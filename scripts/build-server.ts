/**
 * Bundles the server in front of Next (scripts/start.ts and the lib/ code it imports) into one
 * plain JavaScript file, so `npm start` runs it without a TypeScript loader: tsx's loader thread
 * alone costs the server about 50 MB of memory. Packages stay external, loaded from node_modules.
 */
import { build } from "esbuild";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const SERVER_BUNDLE = path.join(".next", "vestnik-server.mjs");

export async function buildServerBundle(root = process.cwd()): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: ["scripts/start.ts"],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    logLevel: "warning",
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await buildServerBundle();
