import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { recipientOf } from "../../support/smtp-server";

/**
 * Waits for a mail the app sent through global-setup's SMTP server (one .eml file each in
 * `mailDir`) that is to `to` and satisfies `match`. Other test files send mail too: match on
 * something of this test's own.
 */
export async function waitForMail(mailDir: string, to: string, match: (mail: ParsedMail) => boolean, timeoutMs = 30_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  const seen = new Set<string>();
  for (;;) {
    for (const name of (await readdir(mailDir)).filter((n) => n.endsWith(".eml") && !seen.has(n))) {
      seen.add(name);
      const mail = await simpleParser(await readFile(path.join(mailDir, name)));
      if (recipientOf(mail) === to && match(mail)) return mail;
    }
    if (Date.now() > deadline) throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
