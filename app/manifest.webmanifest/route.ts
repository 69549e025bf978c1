import { connection } from "next/server";
import { manifestResponse } from "@/lib/branding/icon-response";

/** The web app manifest: the outlet's name and its icons (lib/branding/manifest.ts). */
export async function GET(request: Request) {
  await connection();
  return manifestResponse(request);
}
