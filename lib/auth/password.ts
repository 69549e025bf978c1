import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { hash, verify, type Options } from "@node-rs/argon2";

/**
 * argon2id with OWASP's first recommended parameters: 19 MiB, 2 passes, 1 lane. (2 is
 * Algorithm.Argon2id, a const enum the compiler cannot import across modules.)
 */
const ARGON2ID: Options = { algorithm: 2 as Options["algorithm"], memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const CURRENT = "$argon2id$v=19$m=19456,t=2,p=1$";

/** A PHC string: `$argon2id$v=19$m=19456,t=2,p=1$salt$hash`. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFKC"), ARGON2ID);
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith("$argon2")) return verify(stored, password.normalize("NFKC")).catch(() => false);
  return verifyScrypt(password, stored);
}

/** Whether a hash was made with other parameters (older scrypt ones included): hash again after the next sign-in. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(CURRENT);
}

/** Used when no account matches, so that a wrong email costs as long as a wrong password (the hash of a random secret). */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$KSH3OUJwzaHsYwP0JVcTQg$INVjE8WnmVUYC+QqfQ+Tp35KWG3JiVUX3uOVtdiwVrk";

// Hashes made before argon2id: `scrypt$N$r$p$salt$key`, salt and key in base64url.
const SCRYPT_KEY_LENGTH = 32;
const SCRYPT_MAX_MEMORY = 64 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize("NFKC"), salt, SCRYPT_KEY_LENGTH, { ...options, maxmem: SCRYPT_MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await scrypt(password, Buffer.from(salt, "base64url"), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}
