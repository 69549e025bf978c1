import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

/**
 * Outside Next, `next/cache`'s cacheTag/cacheLife have no cache scope to attach to and
 * `server-only` refuses to load; the data layer is tested through small stand-ins for both, and
 * newsroom actions read the request's cookies and headers from a stand-in that tests set.
 */
const outsideNext = {
  "next/cache": path.join(root, "tests/support/stubs/next-cache.ts"),
  "server-only": path.join(root, "tests/support/stubs/server-only.ts"),
  "next/headers": path.join(root, "tests/support/stubs/next-headers.ts"),
  "next/server": path.join(root, "tests/support/stubs/next-server.ts"),
};

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    exclude: ["**/node_modules/**", "**/.next/**"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/.next/**", "**/*.integration.test.ts", "tests/e2e/**"],
        },
      },
      {
        extends: true,
        resolve: { alias: { ...outsideNext, "@": root } },
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: ["**/node_modules/**", "**/.next/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
