// ESLint flat config: Next's core-web-vitals + TypeScript rules, import cycles, and the layering
// of app/ → lib/ → lib/db (tests/lint/layering.test.ts checks the layering rule on planted files).
import { createRequire } from "node:module";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// eslint-config-next registers eslint-import-resolver-typescript under its resolved path; using
// the same key here adds options to that resolver instead of registering a second one.
const typescriptResolver = createRequire(createRequire(import.meta.url).resolve("eslint-config-next")).resolve("eslint-import-resolver-typescript");

/**
 * Test code may reach any layer. tests/** is exempt too: it matches neither layer's globs, except the
 * planted fixtures under tests/lint/fixtures/{app,lib}, which are opted in on purpose.
 */
const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx", "**/*.integration.test.ts"];

/** The `@/` import and its relative spelling (`../../lib/db`) are both caught. */
const DATABASE_IMPORTS = {
  group: ["@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*"],
  message: "Pages and actions read and write through a domain module in lib/, never the database directly.",
};
const UPPER_LAYER_IMPORTS = {
  group: ["@/app/*", "@/components/*", "**/../app/*", "**/../components/*"],
  message: "lib/ is below app/ and components/.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,

  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    "data/**",
    "public/**",
    "next-env.d.ts",
    // Planted layering violations: linted only by tests/lint/layering.test.ts, which un-ignores them.
    "tests/lint/fixtures/**",
  ]),

  {
    name: "vestnik/import-resolution",
    settings: {
      // Resolved but never parsed: the generated Prisma client is large and imports nothing of ours.
      "import/ignore": ["node_modules", "lib/generated/"],
      "import/resolver": {
        [typescriptResolver]: { alwaysTryTypes: true, project: `${import.meta.dirname}/tsconfig.json` },
      },
    },
  },

  {
    // The code base's convention: a leading underscore marks a deliberately unused binding (stub
    // parameters, a field taken out of a spread), and `const { a, ...rest } = x` omits `a`.
    name: "vestnik/unused-vars",
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  {
    name: "vestnik/no-cycle",
    files: ["**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"],
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },

  {
    // Reader images are served from our own variants with srcset (components/article/CoverPicture.tsx);
    // next/image would add client JavaScript to pages that ship none.
    name: "vestnik/images",
    rules: { "@next/next/no-img-element": "off" },
  },

  {
    // Tests walk parsed XML and JSON-LD documents whose shape is what they assert.
    name: "vestnik/tests",
    files: ["tests/**/*.ts", ...TEST_FILES],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },

  {
    name: "vestnik/layering/app",
    files: ["app/**/*.{ts,tsx}", "tests/lint/fixtures/app/**/*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: {
      "no-restricted-imports": ["error", { patterns: [DATABASE_IMPORTS] }],
    },
  },

  {
    name: "vestnik/layering/lib",
    files: ["lib/**/*.{ts,tsx,mts,mjs}", "tests/lint/fixtures/lib/**/*.{ts,tsx,mts,mjs}"],
    ignores: TEST_FILES,
    rules: {
      "no-restricted-imports": ["error", { patterns: [UPPER_LAYER_IMPORTS] }],
    },
  },
]);
