import { env } from "@/lib/env";
import { CONFIRM_LINK_DAYS, mailLinks } from "./links";
import { compose, link, paragraph, quote, type MailMessage, type Part } from "./message";

type HeldComment = { id: number; authorName: string; authorEmail: string; content: string; article: { title: string; slug: string } };

const excerpt = (text: string, max = 600) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function heldCommentMail(to: string, comment: HeldComment): MailMessage {
  return {
    to,
    kind: "held_comment",
    subject: `Комментарий ждёт проверки: «${comment.article.title}»`,
    ...compose([
      paragraph(`${comment.authorName} (${comment.authorEmail}) оставил(а) комментарий к статье «${comment.article.title}». Он ждёт проверки.`),
      quote(excerpt(comment.content)),
      link("Проверить комментарии", mailLinks.heldComments()),
      paragraph(`Как часто присылать такие письма, можно выбрать в профиле: ${mailLinks.profile()}`),
    ]),
  };
}

/** `total` may exceed the comments listed: the digest shows the first ones. */
export function digestMail(to: string, comments: HeldComment[], total: number): MailMessage {
  const parts: Part[] = comments.flatMap((c) => [paragraph(`${c.authorName} к статье «${c.article.title}»:`), quote(excerpt(c.content, 300))]);
  const more = total - comments.length;
  return {
    to,
    kind: "comment_digest",
    subject: `Комментарии ждут проверки: ${total}`,
    ...compose([
      paragraph(`За сутки пришли комментарии, которые ждут проверки (${total}):`),
      ...parts,
      ...(more > 0 ? [paragraph(`…и ещё ${more}.`)] : []),
      link("Проверить комментарии", mailLinks.heldComments()),
      paragraph(`Как часто присылать такие письма, можно выбрать в профиле: ${mailLinks.profile()}`),
    ]),
  };
}

export function reviewMail(to: string, article: { id: number; title: string }, authorName: string): MailMessage {
  return {
    to,
    kind: "article_review",
    subject: `Статья на проверке: «${article.title}»`,
    ...compose([paragraph(`${authorName} отправил(а) на проверку статью «${article.title}».`), link("Открыть статью", mailLinks.article(article.id))]),
  };
}

export function replyConfirmMail(to: string, confirmUrl: string): MailMessage {
  return {
    to,
    kind: "reply_confirm",
    subject: `Подтвердите уведомления об ответах — ${env().SITE_NAME}`,
    ...compose([
      paragraph(`С этого адреса оставили комментарий на сайте «${env().SITE_NAME}» и попросили присылать ответы на него по почте.`),
      link("Подтвердить уведомления", confirmUrl),
      paragraph(`Ссылка действует ${CONFIRM_LINK_DAYS} дней. Если вы ничего не просили, просто не отвечайте на это письмо: больше писем не будет.`),
    ]),
  };
}

type Reply = { id: number; authorName: string; content: string; parentContent: string; article: { title: string; slug: string } };

export function replyMail(to: string, reply: Reply, unsubscribeUrl: string): MailMessage {
  return {
    to,
    kind: "reply",
    subject: `Ответ на ваш комментарий: «${reply.article.title}»`,
    headers: { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    ...compose([
      paragraph(`${reply.authorName} ответил(а) на ваш комментарий к статье «${reply.article.title}»:`),
      quote(excerpt(reply.content)),
      paragraph("Ваш комментарий:"),
      quote(excerpt(reply.parentContent, 300)),
      link("Читать обсуждение", mailLinks.comment(reply.article.slug, reply.id)),
      link("Отписаться от уведомлений об ответах", unsubscribeUrl),
    ]),
  };
}
