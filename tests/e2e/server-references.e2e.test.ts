import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { hiddenFields } from "../../scripts/support/comment-load";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");

type Manifest = { node: Record<string, { exportedName?: string; workers: Record<string, unknown> }> };

/** A URL that renders the page a manifest worker names, e.g. app/(site)/[slug]/page → /<an article>. */
function pageUrl(worker: string): string | null {
  if (!worker.endsWith("/page")) return null;
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s))
    .map((s) => (s === "[slug]" ? fixtures.article.slug : s.startsWith("[") ? "1" : s));
  return "/" + segments.join("/");
}

async function postHeldComment(marker: string): Promise<{ id: number; articleId: number }> {
  const article = fixtures.newestArticles[5]!;
  const form = hiddenFields(await (await fetch(`${baseUrl}/${article.slug}`)).text());
  // The form refuses posts sent sooner after it was read than a person could type.
  await new Promise((r) => setTimeout(r, 3_100));
  const body = new FormData();
  for (const [name, value] of form) body.set(name, value);
  body.set("comment_post_ID", String(article.id));
  body.set("comment", marker);
  body.set("author", "Аноним");
  body.set("email", `${marker}@mail.example`);
  const res = await fetch(`${baseUrl}/${article.slug}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { origin: baseUrl, "x-forwarded-for": "10.77.0.1" },
  });
  const id = Number(/#comment-(\d+)$/.exec(res.headers.get("location") ?? "")?.[1]);
  if (!id) throw new Error(`the comment was not accepted (${res.status})`);
  return { id, articleId: article.id };
}

describe("every server reference of the production build", () => {
  it("answers an anonymous caller with neither a server error nor anybody's held comment", async () => {
    const marker = `zakrytyy${Date.now()}`;
    const held = await postHeldComment(marker);
    const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
    const argumentSets = [[], [-1], [held.articleId, [held.id]], [held.id, [held.id, 2, 3]], ["x".repeat(5000), -5, { text: "", words: [] }], [1e12, 1e12]];
    let called = 0;
    for (const [id, entry] of Object.entries(manifest.node)) {
      const url = Object.keys(entry.workers)
        .map(pageUrl)
        .find((u) => u !== null);
      if (!url) continue;
      for (const args of argumentSets) {
        const res = await fetch(baseUrl + url, {
          method: "POST",
          headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: baseUrl },
          body: JSON.stringify(args),
          redirect: "manual",
        });
        const text = await res.text();
        called++;
        expect(res.status, `${entry.exportedName} ${JSON.stringify(args).slice(0, 80)} at ${url}`).toBeLessThan(500);
        expect(text, `${entry.exportedName} leaked a held comment`).not.toContain(marker);
      }
    }
    expect(called).toBeGreaterThan(50);
  }, 120_000);
});
