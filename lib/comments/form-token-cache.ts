import "server-only";
import { cacheLife } from "next/cache";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { appSecret } from "@/lib/security/app-secret";
import { issueFormToken } from "./form-token";

/** The token an article's cached page carries in its comment form (stamped at render time). */
export async function currentFormToken(articleId: number): Promise<string> {
  "use cache";
  cacheLife("max");
  if (!isValid(cachedArg.id, articleId)) return "";
  return issueFormToken(articleId, Date.now(), appSecret());
}
