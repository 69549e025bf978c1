import { connection } from "next/server";
import { answerPage } from "@/lib/mail/answer-page";
import { readConfirmToken } from "@/lib/mail/links";
import { confirmReplySubscriber } from "@/lib/mail/subscribers";
import { appSecret } from "@/lib/security/app-secret";

/** The link of the confirmation mail (double opt-in): from now on replies are mailed to the address. */
export async function GET(request: Request) {
  await connection();
  const email = readConfirmToken(new URL(request.url).searchParams.get("t") ?? "", Date.now(), appSecret());
  if (!email) {
    return answerPage(
      400,
      "Ссылка не действует",
      "Ссылка повреждена или устарела. Чтобы получать ответы по почте, отметьте «Уведомлять об ответах» в форме комментария ещё раз.",
    );
  }
  await confirmReplySubscriber(email);
  return answerPage(200, "Уведомления включены", `Ответы на ваши комментарии будут приходить на ${email}. Отписаться можно по ссылке в каждом письме.`);
}
