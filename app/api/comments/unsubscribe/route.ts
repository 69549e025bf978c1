import { connection } from "next/server";
import { answerPage } from "@/lib/mail/answer-page";
import { readUnsubscribeToken } from "@/lib/mail/links";
import { unsubscribeReplySubscriber } from "@/lib/mail/subscribers";
import { appSecret } from "@/lib/security/app-secret";

/** One click, from the link in a reply mail (GET) or from the mail program (POST, List-Unsubscribe-Post, RFC 8058). */
async function unsubscribe(request: Request): Promise<Response> {
  await connection();
  const email = readUnsubscribeToken(new URL(request.url).searchParams.get("t") ?? "", appSecret());
  if (!email) return answerPage(400, "Ссылка не действует", "Ссылка для отписки повреждена. Откройте её из письма целиком.");
  await unsubscribeReplySubscriber(email);
  return answerPage(200, "Вы отписались", `Ответы на комментарии больше не будут приходить на ${email}.`);
}

export const GET = unsubscribe;
export const POST = unsubscribe;
