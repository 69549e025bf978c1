import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { IDLE } from "@/lib/actions/result";
import { CAPABILITIES } from "@/lib/auth/roles";
import { articleInput } from "@/lib/articles/article-input";
import { saveArticle } from "@/lib/articles/save-article";
import { initialCommentFormState } from "@/lib/comments/form-state";
import { issueFormToken } from "@/lib/comments/form-token";
import { moderateComments } from "@/lib/comments/newsroom";
import { appSecret } from "@/lib/security/app-secret";
import { CLIENT_IP_HEADER, sealClientAddress } from "@/lib/security/client-address";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData } from "@/tests/support/form-data";
import { recipientOf, startSmtpCatcher, type CaughtMail, type SmtpCatcher } from "@/tests/support/smtp-server";
import { actAs, createStaff } from "@/tests/support/staff";
import { setTestRequest } from "@/tests/support/stubs/next-headers";
import { buildWorld } from "@/tests/support/world";
import { postComment } from "@/app/(site)/_components/comments/actions";
import { commentMailAction } from "@/app/admin/profile/actions";
import { GET as confirmLink } from "@/app/api/comments/confirm/route";
import { POST as oneClickUnsubscribe, GET as unsubscribeLink } from "@/app/api/comments/unsubscribe/route";
import { deliverDueMail, retryDelayMs } from "./deliver";
import { assembleDigests } from "./digest";
import { smtpTransport } from "./mailer";

const FROM = "Вестник <noreply@vestnik.test>";
const MODERATORS = CAPABILITIES["comments.moderate"];
let sender = 0;

/** The first link in a mail's text that starts with `prefix`. */
function linkIn(mail: CaughtMail, prefix: string): string {
  const found = (mail.text ?? "").split(/\s+/).find((word) => word.startsWith(prefix));
  if (!found) throw new Error(`No ${prefix} link in: ${mail.text}`);
  return found;
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`notifications by mail on ${target.name}`, () => {
    let prisma: PrismaClient;
    let smtp: SmtpCatcher;
    let articleId: number;
    let staff: Record<"prompt" | "silent" | "digest" | "editor" | "contributor", Awaited<ReturnType<typeof createStaff>>>;

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      await buildWorld(prisma, 2);
      articleId = (await prisma.article.findUniqueOrThrow({ where: { slug: "pub-1" } })).id;
      staff = {
        prompt: await createStaff(prisma, "EDITOR", "-prompt"),
        silent: await createStaff(prisma, "ADMINISTRATOR", "-silent"),
        digest: await createStaff(prisma, "EDITOR", "-digest"),
        editor: await createStaff(prisma, "EDITOR", "-articles"),
        contributor: await createStaff(prisma, "CONTRIBUTOR", "-writer"),
      };
      smtp = await startSmtpCatcher();
    });
    afterAll(async () => {
      await smtp?.stop();
      await target.close();
    });

    /** Posts through the comment form as a new reader (own address); returns the stored comment. */
    async function post(fields: { email: string; parent?: number; notify?: boolean; content?: string }) {
      sender++;
      setTestRequest({ headers: { [CLIENT_IP_HEADER]: sealClientAddress(`10.70.0.${sender}`), "user-agent": "Mozilla/5.0" } });
      const content = fields.content ?? `Комментарий ${sender} ${Date.now()}`;
      await postComment(
        initialCommentFormState,
        formData({
          comment_post_ID: String(articleId),
          comment_parent: String(fields.parent ?? 0),
          comment: content,
          author: `Читатель ${sender}`,
          email: fields.email,
          token: issueFormToken(articleId, Date.now() - 60_000, appSecret()),
          js: "1",
          ...(fields.notify ? { notify_replies: "yes" } : {}),
        }),
      );
      return prisma.comment.findFirstOrThrow({ where: { content } });
    }

    /** Sends what is queued to the test's SMTP server; returns the messages that arrived now. */
    async function deliver(now = new Date()): Promise<CaughtMail[]> {
      const before = smtp.messages.length;
      const report = await deliverDueMail(prisma, smtpTransport(smtp.url), FROM, now);
      expect(report.failed).toBe(0);
      return smtp.messages.slice(before);
    }

    const to = (mails: CaughtMail[], email: string) => mails.filter((m) => recipientOf(m) === email);

    it("mails a held comment at once to a moderator who chose «Сразу», not to one who chose «Не присылать»", async () => {
      actAs(staff.silent);
      expect(await commentMailAction(IDLE, formData({ commentMail: "NEVER" }))).toMatchObject({ ok: true });
      actAs(staff.digest);
      expect(await commentMailAction(IDLE, formData({ commentMail: "DAILY" }))).toMatchObject({ ok: true });
      actAs(staff.contributor);
      await expect(commentMailAction(IDLE, formData({ commentMail: "NEVER" }))).rejects.toThrow("comments.moderate");
      actAs(staff.prompt);
      expect(await commentMailAction(IDLE, formData({ commentMail: "SOMETIMES" }))).toMatchObject({
        ok: false,
        message: "Выберите, как присылать уведомления.",
      });

      const held = await post({ email: "first-time@reader.example", content: "Когда отремонтируют дорогу на Бурабай?" });
      expect(held.status).toBe("PENDING");
      const mails = await deliver();
      const [mail] = to(mails, staff.prompt.email);
      expect(to(mails, staff.prompt.email)).toHaveLength(1);
      expect(mail!.subject).toBe("Комментарий ждёт проверки: «Статья pub-1»");
      expect(mail!.text).toContain("Когда отремонтируют дорогу на Бурабай?");
      expect(mail!.text).toContain("http://localhost:3000/admin/comments?status=PENDING");
      expect(mail!.html).toContain("<blockquote>Когда отремонтируют дорогу на Бурабай?</blockquote>");
      expect(to(mails, staff.silent.email)).toEqual([]);
      expect(to(mails, staff.digest.email)).toEqual([]);
      expect(await deliver()).toEqual([]);
    });

    it("sends the daily digest once a day to a moderator who chose it, with the comments still held", async () => {
      const dayAgo = new Date(Date.now() - 25 * 3600_000);
      await prisma.user.update({ where: { id: staff.digest.id }, data: { commentMail: "DAILY", lastDigestAt: dayAgo } });
      const approvedSince = await post({ email: "approved-later@reader.example" });
      const stillHeld = await post({ email: "still-held@reader.example", content: "Почему нет света на Абая?" });
      await moderateComments(staff.prompt, [approvedSince.id], "approve");
      await deliver();

      expect(await assembleDigests(prisma, MODERATORS)).toBe(1);
      const [digest, ...others] = to(await deliver(), staff.digest.email);
      expect(others).toEqual([]);
      const heldSince = await prisma.comment.count({ where: { status: "PENDING", createdAt: { gt: dayAgo } } });
      expect(digest!.subject).toBe(`Комментарии ждут проверки: ${heldSince}`);
      expect(digest!.text).toContain("Почему нет света на Абая?");
      expect(digest!.text).not.toContain(approvedSince.content);
      expect(stillHeld.status).toBe("PENDING");

      expect(await assembleDigests(prisma, MODERATORS)).toBe(0);
      expect(await assembleDigests(prisma, MODERATORS, new Date(Date.now() + 23 * 3600_000))).toBe(0);
      expect(await assembleDigests(prisma, MODERATORS, new Date(Date.now() + 25 * 3600_000))).toBe(0);
      expect(await deliver(new Date(Date.now() + 25 * 3600_000))).toEqual([]);
    });

    it("mails the editors when an article is sent for review, not its author", async () => {
      const categoryId = String((await prisma.category.findFirstOrThrow()).id);
      const input = (fields: Record<string, string>) =>
        articleInput.parse({ title: "Заметка на проверку", slug: "", categoryId, bodyHtml: "<p>Текст</p>", ...fields });
      const saved = await saveArticle(staff.contributor, input({ intent: "pending" }));
      if (!saved.ok) throw new Error(saved.message);
      expect(saved.status).toBe("PENDING");
      const mails = await deliver();
      const editors = to(mails, staff.editor.email);
      expect(editors).toHaveLength(1);
      expect(editors[0]!.subject).toBe("Статья на проверке: «Заметка на проверку»");
      expect(editors[0]!.text).toContain(`http://localhost:3000/admin/articles/${saved.id}`);
      expect(to(mails, staff.silent.email)).toHaveLength(1);
      expect(to(mails, staff.contributor.email)).toEqual([]);

      // Saved again while it waits: no new mail.
      expect((await saveArticle(staff.contributor, input({ id: String(saved.id), bodyHtml: "<p>Правка</p>", intent: "pending" }))).ok).toBe(true);
      expect(to(await deliver(), staff.editor.email)).toEqual([]);
    });

    it("mails replies only to a confirmed address, with a working one-click unsubscribe", async () => {
      const asker = "asker@reader.example";
      const question = await post({ email: asker, notify: true });
      expect(question.notifyReplies).toBe(true);
      const [confirmation, ...more] = to(await deliver(), asker);
      expect(more).toEqual([]);
      expect(confirmation!.subject).toContain("Подтвердите уведомления об ответах");
      await moderateComments(staff.prompt, [question.id], "approve");

      const answer = async (text: string) => {
        const reply = await post({ email: `answer${sender}@reader.example`, parent: question.id, content: text });
        await moderateComments(staff.prompt, [reply.id], "approve");
        return to(await deliver(), asker);
      };
      expect(await answer("Ответ до подтверждения")).toEqual([]);
      // Asking again the same day sends no second confirmation (the comment is moved back past the flood limit).
      await prisma.comment.updateMany({ where: { authorEmail: asker }, data: { createdAt: new Date(Date.now() - 3600_000) } });
      await post({ email: asker, notify: true });
      expect(to(await deliver(), asker)).toEqual([]);

      const forged = await confirmLink(new Request(`http://localhost:3000/api/comments/confirm?t=rc.Zm9v.1.forged`));
      expect(forged.status).toBe(400);
      const confirmed = await confirmLink(new Request(linkIn(confirmation!, "http://localhost:3000/api/comments/confirm?t=")));
      expect(confirmed.status).toBe(200);
      expect(await confirmed.text()).toContain("Уведомления включены");

      const [replyMail, ...extra] = await answer("Дорогу отремонтируют к осени.");
      expect(extra).toEqual([]);
      expect(replyMail!.subject).toBe("Ответ на ваш комментарий: «Статья pub-1»");
      expect(replyMail!.text).toContain("Дорогу отремонтируют к осени.");
      const unsubscribe = linkIn(replyMail!, "http://localhost:3000/api/comments/unsubscribe?t=");
      const raw = replyMail!.raw.toString("utf8").replace(/\r\n[ \t]+/g, " ");
      expect(raw).toContain(`List-Unsubscribe: <${unsubscribe}>`);
      expect(raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

      // A moderator approving it again sends nothing more.
      const last = await prisma.comment.findFirstOrThrow({ where: { content: "Дорогу отремонтируют к осени." } });
      await moderateComments(staff.prompt, [last.id], "unapprove");
      await moderateComments(staff.prompt, [last.id], "approve");
      expect(to(await deliver(), asker)).toEqual([]);

      const done = await oneClickUnsubscribe(new Request(unsubscribe, { method: "POST", body: "List-Unsubscribe=One-Click" }));
      expect(done.status).toBe(200);
      expect(await done.text()).toContain("Вы отписались");
      expect(await answer("Ответ после отписки")).toEqual([]);
      expect((await unsubscribeLink(new Request(`${unsubscribe}x`))).status).toBe(400);
    });

    it("does not mail a reply awaiting moderation, and mails it when a moderator approves it", async () => {
      const asker = "patient@reader.example";
      const question = await post({ email: asker, notify: true });
      const [confirmation] = to(await deliver(), asker);
      await confirmLink(new Request(linkIn(confirmation!, "http://localhost:3000/api/comments/confirm?t=")));
      await moderateComments(staff.prompt, [question.id], "approve");
      const reply = await post({ email: "replier@reader.example", parent: question.id, content: "Ответ, ждущий проверки" });
      expect(reply.status).toBe("PENDING");
      expect(to(await deliver(), asker)).toEqual([]);
      await moderateComments(staff.prompt, [reply.id], "approve");
      expect(to(await deliver(), asker).map((m) => m.subject)).toEqual(["Ответ на ваш комментарий: «Статья pub-1»"]);
    });

    it("keeps a mail queued while the SMTP server is down and sends it once it is back", async () => {
      const down = await startSmtpCatcher();
      const port = down.port;
      await down.stop();
      const held = await post({ email: "while-down@reader.example", content: "Комментарий, пока почта лежит" });
      expect(held.status).toBe("PENDING");

      const now = new Date();
      const report = await deliverDueMail(prisma, smtpTransport(`smtp://127.0.0.1:${port}`), FROM, now);
      // The first failure leaves the rest of the batch untried until the same time.
      expect(report).toEqual({ sent: 0, failed: 1 });
      const queued = await prisma.emailOutbox.findFirstOrThrow({ where: { to: staff.prompt.email, text: { contains: "пока почта лежит" } } });
      expect(queued).toMatchObject({ sentAt: null, failedAt: null, attempts: 1 });
      expect(queued.lastError).toBeTruthy();
      expect(queued.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(1));

      const back = await startSmtpCatcher({ port });
      try {
        // Not due yet: nothing is tried before the backoff runs out.
        expect(await deliverDueMail(prisma, smtpTransport(back.url), FROM, new Date(now.getTime() + 1000))).toEqual({ sent: 0, failed: 0 });
        const later = new Date(queued.nextAttemptAt.getTime() + 1000);
        const waiting = await prisma.emailOutbox.count({ where: { sentAt: null } });
        expect(waiting).toBeGreaterThan(0);
        expect(await deliverDueMail(prisma, smtpTransport(back.url), FROM, later)).toEqual({ sent: waiting, failed: 0 });
        expect(to(back.messages, staff.prompt.email).filter((m) => m.text?.includes("пока почта лежит"))).toHaveLength(1);
        expect((await prisma.emailOutbox.findUniqueOrThrow({ where: { id: queued.id } })).sentAt).not.toBeNull();
      } finally {
        await back.stop();
      }
    });

    it("lets two senders share the queue without sending one mail twice", async () => {
      for (let i = 0; i < 6; i++) await post({ email: `burst${i}@reader.example` });
      const queued = await prisma.emailOutbox.count({ where: { sentAt: null } });
      expect(queued).toBe(12);
      const before = smtp.messages.length;
      const reports = await Promise.all([1, 2].map(() => deliverDueMail(prisma, smtpTransport(smtp.url), FROM)));
      expect(reports[0]!.sent + reports[1]!.sent).toBe(queued);
      expect(smtp.messages.length - before).toBe(queued);
      expect(new Set(smtp.messages.slice(before).map((m) => m.messageId)).size).toBe(queued);
    });
  });
}
