import type { PoolConfig } from "pg";

/**
 * Explicit pg settings from a postgresql:// URL. Never hand pg the connection string
 * itself: it would override `database`, and a shadow database would become the main one.
 */
export function pgConfigFromUrl(url: string): PoolConfig & { database: string; schema?: string } {
  const u = new URL(url);
  const params = u.searchParams;
  const sslmode = params.get("sslmode");
  const schema = params.get("schema") ?? undefined;
  const limit = Number(params.get("connection_limit"));
  return {
    host: params.get("host") ?? (decodeURIComponent(u.hostname) || "localhost"),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || decodeURIComponent(u.username) || "postgres",
    ssl: sslmode && sslmode !== "disable" && sslmode !== "prefer" ? { rejectUnauthorized: sslmode.startsWith("verify") } : undefined,
    ...(schema ? { schema } : {}),
    // The pool's size, as Prisma's own URL parameter names it (pg's default: 10).
    ...(Number.isInteger(limit) && limit > 0 ? { max: limit } : {}),
  };
}
