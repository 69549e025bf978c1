import { connection } from "next/server";
import { iconResponse } from "@/lib/branding/icon-response";

/** /icon-32.png, made from the icon set in «Оформление и реквизиты» (lib/branding/icons.ts). */
export async function GET(request: Request) {
  await connection();
  return iconResponse(request, "icon-32.png");
}
