import "server-only";
import { cacheLife } from "next/cache";
import { appSecret } from "@/lib/server/app-secret";
import { issueFormToken } from "./form-token";

/** The token cached pages carry in their comment form (its stamp is the page's render time). */
export async function currentFormToken(): Promise<string> {
  "use cache";
  cacheLife("max");
  return issueFormToken(Date.now(), appSecret());
}
