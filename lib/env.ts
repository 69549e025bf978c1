import path from "node:path";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().min(1).default("data"),
  SITE_URL: z.url().default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).default("Вестник Региона"),
  SITE_TIMEZONE: z.string().min(1).default("Asia/Almaty"),
  /** Signs cookies and form tokens; generated into DATA_DIR/app-secret when unset. Set it when several instances serve one site. */
  APP_SECRET: z.string().min(32, "APP_SECRET must be at least 32 characters").optional(),
  /** "1" when a reverse proxy in front sets X-Forwarded-For: the client address is then its last entry. */
  TRUST_PROXY: z
    .enum(["0", "1", "true", "false", ""])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address to listen on; unset: 127.0.0.1 behind a proxy (TRUST_PROXY=1), else every interface. */
  HOST: z.string().min(1).optional(),
  /** Comma-separated addresses of the proxies whose X-Forwarded-For is believed (TRUST_PROXY=1). */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : ["127.0.0.1", "::1"],
    ),
  /** How often counted article views are written to the database. */
  VIEWS_FLUSH_SECONDS: z.coerce.number().positive().max(3600).default(30),
  /** Bytes of finished pages the server keeps in memory (lib/edge/page-cache.ts). */
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  /** Memory for Next's cached reads; read by lib/edge/data-cache-handler.mjs, which Next loads itself. */
  DATA_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(32),
  /** How long the sidebars of an article page may lag behind the rest of the site. */
  SIDEBAR_LAG_SECONDS: z.coerce.number().min(0).max(600).default(5),
  /** First start with no staff account: the administrator to create (a password is generated if unset). */
  ADMIN_EMAIL: z.string().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  /** Set by Next while it builds; the database must never be opened then. */
  NEXT_PHASE: z.string().optional(),
});

export type Env = z.infer<typeof schema> & { dataDir: string };

let cached: Env | undefined;

/**
 * The validated environment. The only place that reads process.env; computed lazily
 * so that the build's file tracer does not follow DATA_DIR into the data directory.
 */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = { ...parsed.data, dataDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), parsed.data.DATA_DIR) };
  return cached;
}
