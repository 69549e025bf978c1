import { connection } from "next/server";
import { env } from "@/lib/env";
import { robotsTxt } from "@/lib/seo/robots";

/** Dynamic so that SITE_URL is read when serving, not baked in at build. */
export async function GET() {
  await connection();
  return new Response(robotsTxt(env().SITE_URL), { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
