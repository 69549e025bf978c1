import type { PrismaClient } from "@/lib/generated/prisma/client";
import { claimDueMail, markFailed, markSent, releaseMail } from "./outbox";

/** What sends one message: nodemailer's transport, or a stand-in. */
export type MailTransport = {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string; headers: Record<string, string> }): Promise<unknown>;
};

const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 6 * 3600_000;
/** About two days of retries with the delays doubling up to six hours. */
export const MAX_ATTEMPTS = 15;
/** Longer than one message can take to send: nodemailer's own timeouts are shorter. */
const LEASE_MS = 5 * 60_000;

export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

/** A 5xx answer from the server is final (an unknown mailbox, a refused sender): retrying cannot help. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export type DeliveryReport = { sent: number; failed: number };

/**
 * Sends the mails that are due, each at most once across instances. A failure waits for its
 * retry; when the server cannot be reached, the rest of the batch waits as long, untried.
 */
export async function deliverDueMail(
  prisma: PrismaClient,
  transport: MailTransport,
  from: string,
  now = new Date(),
  stopped: () => boolean = () => false,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0 };
  while (!stopped()) {
    const batch = await claimDueMail(prisma, now, LEASE_MS);
    if (batch.length === 0) break;
    for (const [index, mail] of batch.entries()) {
      if (stopped()) {
        await releaseMail(
          prisma,
          batch.slice(index).map((m) => m.id),
          now,
        );
        return report;
      }
      try {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers });
        await markSent(prisma, mail.id, new Date());
        report.sent++;
      } catch (error) {
        report.failed++;
        const permanent = isPermanent(error);
        const retryAt = new Date(now.getTime() + retryDelayMs(mail.attempts));
        const message = error instanceof Error ? error.message : String(error);
        await markFailed(prisma, mail.id, message, permanent || mail.attempts >= MAX_ATTEMPTS ? null : retryAt, new Date());
        if (!permanent) {
          await releaseMail(
            prisma,
            batch.slice(index + 1).map((m) => m.id),
            retryAt,
          );
          return report;
        }
      }
    }
  }
  return report;
}
