import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

const holder = globalThis as typeof globalThis & { __vestnikAppSecret?: Buffer };

/** APP_SECRET, or a random secret kept in DATA_DIR/app-secret (created on first use, mode 600). */
export function appSecret(): Buffer {
  if (holder.__vestnikAppSecret) return holder.__vestnikAppSecret;
  const { APP_SECRET, dataDir } = env();
  let secret = APP_SECRET;
  if (!secret) {
    const file = path.join(dataDir, "app-secret");
    try {
      secret = readFileSync(file, "utf8").trim();
    } catch {
      mkdirSync(dataDir, { recursive: true });
      secret = randomBytes(32).toString("hex");
      writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    }
  }
  holder.__vestnikAppSecret = Buffer.from(secret, "utf8");
  return holder.__vestnikAppSecret;
}
