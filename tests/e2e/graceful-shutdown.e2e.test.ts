import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgConfigFromUrl } from "../../lib/db/pg-config";
import { startAppServer, type AppServer } from "../../scripts/support/app-server";
import { hiddenFields } from "../../scripts/support/comment-load";
import { freePort } from "../support/free-port";
import { postgresAvailable } from "../support/postgres";
import type { ReaderFixtures } from "./support/reader-fixtures";
import { seededSite, type SeededSite } from "./support/seeded-site";

/** The comment form's bot check wants it open a few seconds before it is sent. */
const TYPING_PAUSE_MS = 3_100;
const PAGES = 50;
const COMMENTS = 30;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Its own server on its own PostgreSQL database: this test stops it.
describe.skipIf(!(await postgresAvailable()))("SIGTERM under load", () => {
  let site: SeededSite;
  let fixtures: ReaderFixtures;
  let app: AppServer;

  beforeAll(async () => {
    site = await seededSite("shutdown");
    fixtures = site.fixtures;
    app = await startAppServer(await freePort(), { DATA_DIR: site.dataDir, DATABASE_URL: site.url, TRUST_PROXY: "1", SHUTDOWN_TIMEOUT_SECONDS: "30" });
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
    await site?.drop();
  });

  it("answers every request in flight completely, stores every acknowledged comment, and exits", { timeout: 120_000 }, async () => {
    const [formPage, ...others] = fixtures.newestArticles;
    expect(others.length).toBeGreaterThanOrEqual(PAGES + COMMENTS);
    const form = hiddenFields(await (await fetch(`${app.url}/${formPage!.slug}`, { headers: { "x-forwarded-for": "10.60.0.1" } })).text()).filter(
      ([name]) => name !== "comment_post_ID",
    );
    expect(form.some(([name]) => name === "token")).toBe(true);
    await new Promise((r) => setTimeout(r, TYPING_PAUSE_MS));

    let signalledAt = Infinity;
    // Articles never asked for yet: each one is a render, not a page-cache hit.
    const pages = others.slice(0, PAGES).map(async ({ slug }, i) => {
      const res = await fetch(`${app.url}/${slug}`, { headers: { "x-forwarded-for": `10.61.0.${i + 1}` } });
      const body = await res.text();
      return { slug, status: res.status, complete: /<\/html>\s*$/.test(body), finishedAt: performance.now() };
    });
    const comments = others.slice(PAGES, PAGES + COMMENTS).map(async ({ slug, id }, i) => {
      const text = `Комментарий во время остановки №${i}`;
      const body = new FormData();
      for (const [name, value] of form) body.set(name, value);
      body.set("comment_post_ID", String(id));
      body.set("comment", text);
      body.set("author", `Читатель ${i}`);
      body.set("email", `shutdown-${i}@mail.example`);
      body.set("url", "");
      const res = await fetch(`${app.url}/${slug}`, {
        method: "POST",
        body,
        redirect: "manual",
        headers: { "x-forwarded-for": `10.62.0.${i + 1}`, origin: app.url },
      });
      await res.arrayBuffer();
      const commentId = /#comment-(\d+)$/.exec(res.headers.get("location") ?? "")?.[1];
      return { text, status: res.status, commentId: commentId ? Number(commentId) : null, finishedAt: performance.now() };
    });

    // The signal waits until the server has taken up every request: a connection still in the listen
    // queue at the signal is refused, not in flight (a load balancer retries those elsewhere).
    let finished = 0;
    for (const answer of [...pages, ...comments]) void answer.then(() => finished++);
    for (;;) {
      const scrape = await (await fetch(`${app.url}/metrics`)).text();
      const inFlight = Number(/^vestnik_http_requests_in_flight (\d+)/m.exec(scrape)?.[1] ?? 0) - 1;
      if (inFlight + finished >= PAGES + COMMENTS) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    signalledAt = performance.now();
    process.kill(app.pid, "SIGTERM");

    const answeredPages = await Promise.all(pages);
    const answeredComments = await Promise.all(comments);
    expect(answeredPages.filter((p) => p.status !== 200 || !p.complete)).toEqual([]);
    expect(answeredComments.filter((c) => c.status !== 303 || c.commentId === null)).toEqual([]);
    // The signal did come while requests were still being answered.
    expect([...answeredPages, ...answeredComments].filter((r) => r.finishedAt > signalledAt).length).toBeGreaterThan(0);

    const deadline = Date.now() + 35_000;
    while (alive(app.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(alive(app.pid)).toBe(false);
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();

    const client = new pg.Client(pgConfigFromUrl(site.url));
    await client.connect();
    try {
      const ids = answeredComments.map((c) => c.commentId);
      const { rows } = await client.query<{ id: number; content: string }>(`SELECT id, content FROM "Comment" WHERE id = ANY($1::int[])`, [ids]);
      const stored = new Map(rows.map((r) => [r.id, r.content]));
      expect(answeredComments.filter((c) => stored.get(c.commentId!) !== c.text)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
