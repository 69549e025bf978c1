import { connection } from "next/server";
import { logoResponse } from "@/lib/branding/icon-response";

export async function GET() {
  // At run time: the branding comes from the database, not the build.
  await connection();
  return logoResponse();
}
