import { rename, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = ParsedMail & { raw: Buffer };

export type SmtpCatcher = {
  port: number;
  url: string;
  messages: CaughtMail[];
  stop(): Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 that accepts every message (no TLS, no authentication) and
 * keeps it parsed; with `saveTo`, each one is also written there as an .eml file, for tests in
 * other processes. Port 0: any free port.
 */
export async function startSmtpCatcher(options: { port?: number; saveTo?: string } = {}): Promise<SmtpCatcher> {
  const messages: CaughtMail[] = [];
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then(async (mail) => {
            messages.push(Object.assign(mail, { raw }));
            if (options.saveTo) {
              // Renamed into place, so that a reader never sees half a file.
              const file = path.join(options.saveTo, `${Date.now()}-${++count}.eml`);
              await writeFile(`${file}.part`, raw);
              await rename(`${file}.part`, file);
            }
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The address a parsed message was sent to. */
export function recipientOf(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address ?? "";
}
