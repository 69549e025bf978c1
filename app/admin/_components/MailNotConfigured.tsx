import { mailConfigured } from "@/lib/mail/mailer";

/** Said where notifications are set up, so that nobody waits for mail that cannot leave. */
export function MailNotConfigured() {
  if (mailConfigured()) return null;
  return (
    <p role="status" className="form-message" data-testid="mail-not-configured">
      Почта не настроена: уведомления не отправляются
    </p>
  );
}
