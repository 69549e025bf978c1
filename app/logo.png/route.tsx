import { connection } from "next/server";
import { logoPng, pngResponse } from "@/lib/og/cached-images";

export async function GET() {
  // At run time: the site's name comes from its environment, not the build's.
  await connection();
  return pngResponse(await logoPng());
}
