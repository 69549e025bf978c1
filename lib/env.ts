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
  /** The public address; unset: http://localhost:<PORT> (scripts/start.ts warns in production). */
  SITE_URL: z.url().optional(),
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
  /**
   * Comma-separated addresses of shared HTTP caches (Varnish with xkey, deploy/varnish/default.vcl)
   * that cache reader pages by their tags: invalidations are sent there as PURGE requests.
   */
  PURGE_URLS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url("PURGE_URLS must be URLs such as http://127.0.0.1:6081/"))),
  /** pino's level for the server's log lines. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** How long a stopping server waits for requests in flight before closing their connections. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0).max(600).default(20),
  /** Lets a scraper from outside read /metrics with `Authorization: Bearer <token>`; loopback needs none. */
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
  /** Where notifications are mailed through, e.g. smtp://user:pass@mail.example.kz:587 (nodemailer's URL); unset: mail stays queued. */
  SMTP_URL: optionalText(z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")),
  /** The sender of notifications; unset: «SITE_NAME <noreply@SITE_URL's host>». */
  MAIL_FROM: optionalText(z.string().min(3)),
  /** Set by Next while it builds; the database must never be opened then. */
  NEXT_PHASE: z.string().optional(),
  /** S3-compatible object storage for media (lib/media/storage): all five or none. */
  S3_ENDPOINT: optionalText(z.url("S3_ENDPOINT must be a URL such as https://storage.example.com")),
  S3_BUCKET: optionalText(z.string()),
  S3_REGION: optionalText(z.string()),
  S3_ACCESS_KEY_ID: optionalText(z.string()),
  S3_SECRET_ACCESS_KEY: optionalText(z.string()),
  /** Where readers fetch the bucket's objects (a CDN); unset: the app serves them at /media. */
  S3_PUBLIC_URL: optionalText(z.url("S3_PUBLIC_URL must be a URL such as https://cdn.example.com/media")),
});

const S3_REQUIRED = ["S3_ENDPOINT", "S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

/** An unset or empty variable as undefined. */
function optionalText<T extends z.ZodType<string>>(inner: T) {
  return z.union([z.literal("").transform(() => undefined), inner]).optional();
}

export type S3Settings = { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; publicUrl: string | null };

function s3Settings(data: z.infer<typeof schema>): S3Settings | null {
  const missing = S3_REQUIRED.filter((name) => !data[name]);
  if (missing.length === S3_REQUIRED.length) {
    if (data.S3_PUBLIC_URL)
      throw new Error(
        "Invalid environment: S3_PUBLIC_URL is set but S3 storage is not (set S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY)",
      );
    return null;
  }
  if (missing.length > 0) {
    throw new Error(`Invalid environment: S3 media storage needs all of ${S3_REQUIRED.join(", ")}; missing ${missing.join(", ")}`);
  }
  return {
    endpoint: data.S3_ENDPOINT!,
    bucket: data.S3_BUCKET!,
    region: data.S3_REGION!,
    accessKeyId: data.S3_ACCESS_KEY_ID!,
    secretAccessKey: data.S3_SECRET_ACCESS_KEY!,
    publicUrl: data.S3_PUBLIC_URL?.replace(/\/+$/, "") ?? null,
  };
}

export type Env = Omit<z.infer<typeof schema>, "SITE_URL"> & {
  SITE_URL: string;
  /** SITE_URL was not set and is the local default. */
  siteUrlDefaulted: boolean;
  dataDir: string;
  /** Media in S3-compatible storage; null: in DATA_DIR/media. */
  s3: S3Settings | null;
};

let cached: Env | undefined;

/**
 * The validated environment. The only place that reads process.env; computed lazily
 * so that the build's file tracer does not follow DATA_DIR into the data directory.
 */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Validates a set of variables as env() does; throws with every problem named. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return {
    ...parsed.data,
    SITE_URL: parsed.data.SITE_URL ?? `http://localhost:${parsed.data.PORT}`,
    siteUrlDefaulted: parsed.data.SITE_URL === undefined,
    dataDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), parsed.data.DATA_DIR),
    s3: s3Settings(parsed.data),
  };
}
