import { connection } from "next/server";
import { issueViewToken } from "@/lib/comments/view-token";
import { appSecret } from "@/lib/security/app-secret";

const NO_STORE = { "Cache-Control": "private, no-store" };

/** A fresh view token for the comment form of one article (fetched by public/comments.js). */
export async function GET(request: Request) {
  await connection();
  const article = new URL(request.url).searchParams.get("article") ?? "";
  const id = /^[1-9][0-9]{0,9}$/.test(article) ? Number(article) : NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) {
    return Response.json({ error: "Параметр article должен быть номером статьи" }, { status: 400, headers: NO_STORE });
  }
  return Response.json({ token: issueViewToken(id, Date.now(), appSecret()) }, { headers: NO_STORE });
}
