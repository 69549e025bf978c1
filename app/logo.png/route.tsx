import { connection } from "next/server";
import { logoImage } from "@/lib/og/social-card";
import { siteName } from "@/lib/site";

export async function GET() {
  await connection();
  return logoImage(siteName());
}
