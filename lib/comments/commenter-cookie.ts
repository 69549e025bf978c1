import { z } from "zod";
import { cookiesAreSecure } from "@/lib/security/cookie-security";
import { sign, verify } from "@/lib/security/signed-value";

export const COMMENTER_COOKIE = "vestnik_commenter";
const MAX_HELD = 20;

/**
 * What this device remembers about its commenter: name, email and website when they ticked
 * «Сохранить…», and the comments they sent that await moderation (shown to them alone).
 * httpOnly and signed: the server reads it; nobody can claim someone else's held comments.
 */
const commenterSchema = z.object({
  name: z.string().max(245),
  email: z.string().max(100),
  url: z.string().max(200),
  remember: z.boolean(),
  held: z.array(z.number().int().positive()).max(MAX_HELD),
});

export type Commenter = z.infer<typeof commenterSchema>;

export function encodeCommenter(commenter: Commenter, secret: Buffer): string {
  const trimmed = { ...commenter, held: commenter.held.slice(-MAX_HELD) };
  return sign(Buffer.from(JSON.stringify(trimmed)).toString("base64url"), secret);
}

export function decodeCommenter(value: string | undefined, secret: Buffer): Commenter | null {
  if (!value) return null;
  const payload = verify(value, secret);
  if (!payload) return null;
  try {
    const parsed = commenterSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether the cookie has anything worth keeping. */
export function isWorthKeeping(commenter: Commenter): boolean {
  return commenter.remember || commenter.held.length > 0;
}

/** The cookie's attributes: `Secure` follows SITE_URL, as the session cookie's does. */
export function commenterCookieOptions(maxAge: number, siteUrl: string) {
  return { httpOnly: true, sameSite: "lax" as const, secure: cookiesAreSecure(siteUrl), path: "/", maxAge };
}
