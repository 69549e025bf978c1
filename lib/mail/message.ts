import { env } from "@/lib/env";

/** A mail as the outbox keeps it: plain text plus simple HTML. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  kind: MailKind;
  headers?: Record<string, string>;
  /** One mail per event: a second message with the same key is not queued. */
  dedupeKey?: string;
};

export type MailKind = "held_comment" | "comment_digest" | "article_review" | "reply_confirm" | "reply";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A block of the mail: its text lines and the same as HTML. */
export type Part = { text: string; html: string };

export const paragraph = (text: string): Part => ({ text, html: `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p>` });

export const link = (label: string, url: string): Part => ({ text: `${label}: ${url}`, html: `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>` });

export const quote = (text: string): Part => ({
  text: text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n"),
  html: `<blockquote>${escapeHtml(text).replace(/\n/g, "<br>")}</blockquote>`,
});

/** Joins the parts into the text and HTML bodies, signed with the site's name. */
export function compose(parts: Part[]): { text: string; html: string } {
  const footer = `— ${env().SITE_NAME}`;
  return {
    text: [...parts.map((p) => p.text), footer].join("\n\n") + "\n",
    html: `<!doctype html><html lang="ru"><body>${parts.map((p) => p.html).join("")}<p>${escapeHtml(footer)}</p></body></html>`,
  };
}
