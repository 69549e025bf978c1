import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type SchemaEngineClass = typeof SchemaEngine;

let engineClass: Promise<SchemaEngineClass> | undefined;

/**
 * Loads @prisma/schema-engine-wasm the way Prisma's own JS engine mode does
 * (packages/internals WasmSchemaEngineLoader). Once per process: wasm-bindgen keeps
 * global state, and a second instance fails.
 */
function loadEngineClass(): Promise<SchemaEngineClass> {
  engineClass ??= (async () => {
    const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const wasm = new WebAssembly.Module(await fs.readFile(path.join(dir, "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasm, {
      "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
    });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime.SchemaEngine as unknown as SchemaEngineClass;
  })();
  return engineClass;
}

export interface SchemaFile {
  path: string;
  content: string;
}

/** Runs `fn` with a schema engine on the given adapter factory, turning engine errors into readable Errors. */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaFile | undefined,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const Engine = await loadEngineClass();
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const datamodels: [string, string][] | undefined = schema ? [[schema.path, schema.content]] : undefined;
  let engine: SchemaEngine;
  try {
    engine = await Engine.new({ datamodels }, () => undefined, bound);
  } catch (error) {
    throw readableError(error);
  }
  try {
    return await fn(engine);
  } catch (error) {
    throw readableError(error);
  } finally {
    engine.free();
  }
}

function readableError(error: unknown): Error {
  if (error instanceof Error) return error;
  const e = error as { message?: unknown; code?: unknown };
  const message = typeof e.message === "string" ? e.message : JSON.stringify(error);
  const code = typeof e.code === "string" ? `${e.code}: ` : "";
  return new Error(`Schema engine: ${code}${message}`, { cause: error });
}
