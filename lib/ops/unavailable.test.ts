import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerUnavailable, needsDatabase, RETRY_AFTER_SECONDS } from "./unavailable";

let server: Server;
let base: string;
const answered: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    void answerUnavailable(req, res, "/novosti-dnya").then((kind) => answered.push(kind));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

function commentForm(): FormData {
  const form = new FormData();
  form.set("$ACTION_REF_1", "");
  form.set("$ACTION_1:0", '{"id":"abc","bound":"$@1"}');
  form.set("comment", 'Мой длинный </textarea><script>alert("x")</script> комментарий & «кавычки»');
  form.set("author", 'Айгерим "А"');
  form.set("email", "a@example.kz");
  form.set("url", "");
  form.set("comment_post_ID", "42");
  form.set("comment_parent", "7");
  form.set("token", "form-token");
  form.set("js", "1");
  form.set("view_token", "view");
  return form;
}

describe("answerUnavailable", () => {
  it("gives a comment post its form back with the reader's text, and says to retry", async () => {
    const res = await fetch(`${base}/novosti-dnya`, { method: "POST", body: commentForm() });
    const html = await res.text();
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(html).toContain('<div id="respond" class="comment-respond" data-comment-status="refused">');
    expect(html).toContain("отправьте его ещё раз");
    expect(html).toContain(
      '<textarea id="comment" name="comment" rows="6">Мой длинный &#60;/textarea&#62;&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; комментарий &#38; «кавычки»</textarea>',
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain('name="author" type="text" value="Айгерим &#34;А&#34;"');
    expect(html).toContain('<form class="comment-form" id="commentform" method="post" enctype="multipart/form-data" action="/novosti-dnya">');
    // Posting it again needs every hidden field as it was, the server action's own included.
    for (const [name, value] of [
      ["comment_post_ID", "42"],
      ["token", "form-token"],
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", "{&#34;id&#34;:&#34;abc&#34;,&#34;bound&#34;:&#34;$@1&#34;}"],
    ]) {
      expect(html).toContain(`<input type="hidden" name="${name}" value="${value}">`);
    }
    expect(html).toContain('<input type="hidden" name="comment_parent" value="7" id="comment_parent">');
    expect(html).not.toContain('name="js"');
    expect(html).not.toContain('name="view_token"');
    expect(answered.at(-1)).toBe("comment");
  });

  it("reads a plain urlencoded comment post the same way", async () => {
    const body = new URLSearchParams({ comment: "Текст без скриптов", comment_post_ID: "3", author: "Ерлан" });
    const html = await (await fetch(`${base}/novosti-dnya`, { method: "POST", body })).text();
    expect(html).toContain(">Текст без скриптов</textarea>");
  });

  it("answers any other write and any page with the «temporarily unavailable» page", async () => {
    for (const init of [{ method: "POST", body: new URLSearchParams({ title: "x" }) }, { method: "DELETE" }, { method: "GET" }]) {
      const res = await fetch(`${base}/admin/articles`, init);
      const html = await res.text();
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
      expect(html).toContain('<html lang="ru">');
      expect(html).toContain("Сайт временно недоступен");
      expect(html).not.toContain("textarea");
      expect(answered.at(-1)).toBe("page");
    }
  });
});

describe("needsDatabase", () => {
  const req = (method: string, url: string) => ({ method, url }) as Parameters<typeof needsDatabase>[0];

  it("holds every write and the newsroom, not reader pages or files", () => {
    expect(needsDatabase(req("POST", "/novosti-dnya"))).toBe(true);
    expect(needsDatabase(req("PUT", "/api/x"))).toBe(true);
    expect(needsDatabase(req("GET", "/admin"))).toBe(true);
    expect(needsDatabase(req("GET", "/admin/articles?page=2"))).toBe(true);
    expect(needsDatabase(req("GET", "/novosti-dnya"))).toBe(false);
    expect(needsDatabase(req("HEAD", "/"))).toBe(false);
    expect(needsDatabase(req("GET", "/administrator"))).toBe(false);
    expect(needsDatabase(req("GET", "/_next/static/a.js"))).toBe(false);
  });
});
