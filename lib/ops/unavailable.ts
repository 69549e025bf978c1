import type { IncomingMessage, ServerResponse } from "node:http";

/** How long a client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30;
/** Comment forms are small; anything bigger is not one and is not read. */
const MAX_FORM_BYTES = 256 * 1024;
/** Filled in by the form's own script, not by the reader: not echoed back. */
const NOT_ECHOED = new Set(["js", "view_token"]);
const VISIBLE_FIELDS = ["comment", "author", "email", "url"] as const;

const POLICY = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function document(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title></head><body><main>${body}</main></body></html>`;
}

/** The page for any request that needs the database while it does not answer. */
export function unavailablePage(): string {
  return document(
    "Сайт временно недоступен",
    `<h1>Сайт временно недоступен</h1><p>Мы уже восстанавливаем работу. Обновите страницу через минуту.</p><p><a href="/">На главную</a></p>`,
  );
}

/**
 * A comment that could not be stored: the form again, with what the reader typed and every
 * hidden field as posted, so sending it again is one click. It has the ids the form's script
 * (public/comments.js) looks for, which puts it in place of the form on the page.
 */
export function commentRetryPage(action: string, fields: [string, string][]): string {
  const value = (name: string) => fields.find(([n]) => n === name)?.[1] ?? "";
  const hidden = fields
    .filter(([name]) => !NOT_ECHOED.has(name) && !(VISIBLE_FIELDS as readonly string[]).includes(name))
    .map(([name, v]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(v)}"${name === "comment_parent" ? ' id="comment_parent"' : ""}>`)
    .join("");
  const input = (name: string, label: string, type: string) =>
    `<p class="field"><label for="${name}">${label}</label><input id="${name}" name="${name}" type="${type}" value="${escapeHtml(value(name))}"></p>`;
  return document(
    "Комментарий не отправлен",
    `<div id="respond" class="comment-respond" data-comment-status="refused">` +
      `<h2 id="reply-title" class="block-title">Комментарий не отправлен <a id="cancel-comment-reply-link" href="${escapeHtml(action)}" hidden>Отменить ответ</a></h2>` +
      `<div class="form-message form-message--refused" role="alert" tabindex="-1">Сайт временно не может сохранить комментарий. Ваш текст сохранён в форме ниже — отправьте его ещё раз через минуту.</div>` +
      `<form class="comment-form" id="commentform" method="post" enctype="multipart/form-data" action="${escapeHtml(action)}">` +
      `<p class="field"><label for="comment">Комментарий *</label><textarea id="comment" name="comment" rows="6">${escapeHtml(value("comment"))}</textarea></p>` +
      input("author", "Имя *", "text") +
      input("email", "Электронная почта *", "email") +
      input("url", "Веб-сайт", "url") +
      hidden +
      `<p class="form-submit"><button type="submit" class="button">Отправить комментарий</button></p></form></div>`,
  );
}

async function readForm(req: IncomingMessage): Promise<[string, string][] | null> {
  const type = String(req.headers["content-type"] ?? "");
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    const form = await new Response(Buffer.concat(chunks), { headers: { "content-type": type } }).formData();
    return [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string");
  } catch {
    return null;
  }
}

export type Unavailable = "comment" | "page";

/**
 * Answers 503 with Retry-After for a request the database is needed for while it is down; a
 * comment post gets its form back (commentRetryPage). `action` is the address the form posted
 * to, as the reader's browser knows it. Resolves to what was answered.
 */
export async function answerUnavailable(req: IncomingMessage, res: ServerResponse, action: string): Promise<Unavailable> {
  const fields = req.method === "POST" ? await readForm(req) : null;
  const comment = fields?.some(([name]) => name === "comment_post_ID") === true;
  const html = comment ? commentRetryPage(action, fields!) : unavailablePage();
  const body = Buffer.from(html, "utf8");
  res.writeHead(503, {
    "content-type": "text/html; charset=utf-8",
    "content-length": body.byteLength,
    "cache-control": "no-store",
    "retry-after": String(RETRY_AFTER_SECONDS),
    "content-security-policy": POLICY,
  });
  res.end(req.method === "HEAD" ? undefined : body);
  return comment ? "comment" : "page";
}

/**
 * Requests that cannot be answered at all without the database, checked before they reach
 * Next: every write, and the newsroom. Reader pages decide for themselves (lib/edge/reader-pages.ts),
 * since a stored page needs no database.
 */
export function needsDatabase(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "OPTIONS") return true;
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  return pathname === "/admin" || pathname.startsWith("/admin/");
}
