import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { deliverDueMail, type DeliveryReport, type MailTransport } from "./deliver";
import { assembleDigests } from "./digest";

export const MAILER_INTERVAL_MS = 5_000;

/** Whether notifications can leave the server at all (SMTP_URL); without it they stay queued. */
export function mailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

export function mailSender(): string {
  const { MAIL_FROM, SITE_NAME, SITE_URL } = env();
  return MAIL_FROM ?? `"${SITE_NAME.replace(/["\\]/g, "")}" <noreply@${new URL(SITE_URL).hostname}>`;
}

/** nodemailer over SMTP_URL, with timeouts short enough that a hung server does not stall the queue for long. */
export function smtpTransport(url: string): MailTransport {
  return nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
}

type MailerOptions = {
  /** null: nothing is sent (SMTP_URL unset), digests are still assembled into the queue. */
  transport: MailTransport | null;
  from: string;
  /** Who gets the daily digest of held comments, when they chose it (lib/auth/roles.ts). */
  moderatorRoles: readonly Role[];
  onError: (error: unknown) => void;
  onRun?: (report: DeliveryReport) => void;
  intervalMs?: number;
};

/**
 * The outbox's sender: every few seconds it assembles the daily digests that are due and sends
 * what is queued. Returns a function that stops it and resolves once a run under way has
 * finished (before the database closes).
 */
export function startMailer(prisma: PrismaClient, options: MailerOptions): () => Promise<void> {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = async () => {
    await assembleDigests(prisma, options.moderatorRoles);
    if (options.transport) options.onRun?.(await deliverDueMail(prisma, options.transport, options.from, new Date(), () => stopped));
  };
  const timer = setInterval(() => {
    if (running) return;
    running = run()
      .catch(options.onError)
      .finally(() => {
        running = undefined;
      });
  }, options.intervalMs ?? MAILER_INTERVAL_MS);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
