import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { logger } from "@/lib/ops/logger";

/**
 * Every internal of Next.js and React that Vestnik's edge (this folder and scripts/start.ts)
 * depends on, in one list. The server checks them when it starts and refuses to serve, saying
 * which one moved, rather than serving blank or stale pages after a Next upgrade. The README's
 * «Upgrading Next.js» checklist walks through them.
 */
export const TESTED_NEXT_VERSION = "16.4.6";

/** Modules imported by path from next/dist (not a public API). */
export const NEXT_MODULES = [
  { path: "next/dist/server/lib/cache-handlers/default.js", export: "createDefaultCacheHandler", usedBy: "lib/edge/data-cache-handler.mjs" },
  { path: "next/dist/server/lib/incremental-cache/file-system-cache.js", export: "default", usedBy: "lib/edge/route-cache-handler.mjs" },
  {
    path: "next/dist/server/lib/incremental-cache/shared-cache-controls.external.js",
    export: "SharedCacheControls",
    usedBy: "lib/edge/route-cache-handler.mjs",
  },
  {
    path: "next/dist/server/app-render/get-script-nonce-from-header.js",
    export: "getScriptNonceFromHeaders",
    usedBy: "lib/security/script-nonce.ts (Next reads the nonce we set)",
  },
  { path: "next/dist/bin/next", export: null, usedBy: "scripts/start.mjs (builds when there is no build)" },
] as const;

/** Files of the production build read by name. */
export const BUILD_FILES = [
  { path: ".next/BUILD_ID", usedBy: "scripts/start.mjs (is there a build?)" },
  { path: ".next/server/app/_not-found.html", usedBy: "lib/edge/error-shell.ts (the 404 page)" },
  { path: ".next/server/app/_global-error.html", usedBy: "lib/edge/error-shell.ts (the 500 page)" },
  { path: ".next/server/server-reference-manifest.json", usedBy: "tests/e2e/server-references.e2e.test.ts" },
] as const;

/** Next's global set of "use cache" handlers, expired directly by lib/edge/expire-tags.ts. */
export const CACHE_HANDLERS_SYMBOL = Symbol.for("@next/cache-handlers-set");

/** A response header Next sets per request, dropped before a page is stored (lib/edge/reader-responses.ts). */
export const NEXT_CACHE_HEADER = "x-nextjs-cache";

/**
 * React's inline streaming helpers, kept when the client runtime is stripped (they reveal
 * streamed Suspense boundaries): $RC completes a boundary, $RS a segment, $RX renders one on
 * the client, $RR completes one with stylesheets, $RB/$RV batch reveals, $RT times them.
 */
export const REACT_STREAMING_HELPER = /^\s*\$R[A-Z]\s*[=(]|\$R[CSXR]\(/;

type Problem = string;

function installedNextVersion(root: string): string | null {
  try {
    return (JSON.parse(readFileSync(path.join(root, "node_modules", "next", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return null;
  }
}

/** What is missing before Next starts: the modules and the build's files. */
export function checkBeforeStart(root: string): Problem[] {
  const problems: Problem[] = [];
  const version = installedNextVersion(root);
  if (version !== TESTED_NEXT_VERSION) problems.push(`Next.js ${version ?? "?"} is installed; Vestnik's edge was checked against ${TESTED_NEXT_VERSION}.`);
  const require = createRequire(path.join(root, "package.json"));
  for (const internal of NEXT_MODULES) {
    try {
      // Only resolved when nothing is taken from it: loading next/dist/bin/next would start Next's CLI.
      if (internal.export === null) require.resolve(internal.path);
      else if ((require(internal.path) as Record<string, unknown>)[internal.export] === undefined)
        problems.push(`${internal.path} no longer exports ${internal.export} (used by ${internal.usedBy}).`);
    } catch {
      problems.push(`${internal.path} is gone (used by ${internal.usedBy}).`);
    }
  }
  for (const file of BUILD_FILES) {
    if (!existsSync(path.join(root, file.path))) problems.push(`The build has no ${file.path} (used by ${file.usedBy}).`);
  }
  return problems;
}

/** What must exist once Next is prepared: the handlers set, holding our data cache handler. */
export function checkAfterPrepare(): Problem[] {
  const handlers = (globalThis as Record<symbol, unknown>)[CACHE_HANDLERS_SYMBOL];
  if (!(handlers instanceof Set) || handlers.size === 0)
    return ["Next's cache handlers are no longer in globalThis[Symbol.for('@next/cache-handlers-set')] (used by lib/edge/expire-tags.ts)."];
  if (![...handlers].some((h) => typeof (h as { updateTags?: unknown }).updateTags === "function"))
    return ["Next's cache handlers lost updateTags() (used by lib/edge/expire-tags.ts)."];
  return [];
}

/** Stops the server with a message saying what to look at. */
export function failOnProblems(problems: Problem[]): void {
  if (problems.length === 0) return;
  logger().fatal(
    { problems },
    [
      "Вестник не запущен: внутренности Next.js, на которые опирается сервер, изменились.",
      "Vestnik did not start: Next.js internals the edge relies on have changed (see «Upgrading Next.js» in the README):",
      ...problems.map((p) => `  - ${p}`),
    ].join("\n"),
  );
  process.exit(1);
}
