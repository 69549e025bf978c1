import pg from "pg";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { hiddenFields } from "../support/comment-load";
import { fetchRetried } from "../support/fetch-retried";

export type Activity = { stop(): Promise<{ changes: number; failures: number }> };
export type HotArticle = { id: number; slug: string };

const KINDS = ["body edit", "approved comment", "headline edit", "publish"] as const;

/**
 * One change a second to published articles, straight in the database, as another instance, a
 * script or psql would make it: in turn a body edit, an approved comment, a headline edit (both
 * on one of `hot`) and the publication of a new article, which changes every list.
 */
export async function databaseActivity(databaseUrl: string, hot: HotArticle[], intervalMs = 1000): Promise<Activity> {
  const client = new pg.Client(pgConfigFromUrl(databaseUrl));
  await client.connect();
  let n = 0;
  let failures = 0;
  const pick = () => hot[Math.floor(Math.random() * hot.length)]!;
  const change = async () => {
    const kind = KINDS[n % KINDS.length]!;
    const article = pick();
    n++;
    switch (kind) {
      case "body edit":
        return client.query(`UPDATE "Article" SET "bodyHtml" = "bodyHtml" || $2, "updatedAt" = now() WHERE id = $1`, [article.id, `<p>Обновление №${n}.</p>`]);
      case "approved comment":
        return client.query(
          `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", content, "contentHtml", status, "updatedAt") VALUES ($1, 'Читатель', 'bench@mail.example', $2, $3, 'APPROVED', now())`,
          [article.id, `Комментарий №${n}`, `<p>Комментарий №${n}</p>`],
        );
      case "headline edit":
        return client.query(`UPDATE "Article" SET title = split_part(title, ' · ', 1) || ' · ' || $2, "updatedAt" = now() WHERE id = $1`, [
          article.id,
          `правка ${n}`,
        ]);
      case "publish":
        return client.query(
          `INSERT INTO "Article" (title, slug, lead, "bodyHtml", "categoryId", "authorId", status, "publishedAt", "updatedAt")
           SELECT 'Срочная новость №' || $2, 'srochnaya-novost-' || $2 || '-' || $3, lead, "bodyHtml", "categoryId", "authorId", 'PUBLISHED', now(), now()
           FROM "Article" WHERE id = $1`,
          [article.id, n, Date.now()],
        );
    }
  };
  const timer = setInterval(() => void change().catch(() => failures++), intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await client.end();
      return { changes: n, failures };
    },
  };
}

/**
 * On the embedded database nothing outside the server can write: readers who commented before
 * (same name and email, so published at once) comment again, one a second, each changing one
 * article's page.
 */
export type Commenter = { authorEmail: string; authorName: string };

export async function commentActivity(baseUrl: string, hot: HotArticle[], commenters: Commenter[], intervalMs = 1000): Promise<Activity> {
  const form = hiddenFields(await (await fetchRetried(`${baseUrl}/${hot[0]!.slug}`)).text()).filter(([name]) => name !== "comment_post_ID");
  // As the form's script does when an article opens (public/comments.js): one view token per article.
  const viewTokens = new Map<number, string>();
  for (const article of hot) {
    const res = await fetchRetried(`${baseUrl}/api/comments/token?article=${article.id}`);
    viewTokens.set(article.id, ((await res.json()) as { token: string }).token);
  }
  // The form refuses posts sent sooner after it was read than a person could type.
  await new Promise((r) => setTimeout(r, 3_100));
  let n = 0;
  let failures = 0;
  const post = async () => {
    const article = hot[Math.floor(Math.random() * hot.length)]!;
    // In turn: one address or email may comment only so often (the flood limit).
    const commenter = commenters[n % commenters.length]!;
    n++;
    const body = new FormData();
    for (const [name, value] of form) body.set(name, value);
    body.set("comment_post_ID", String(article.id));
    body.set("view_token", viewTokens.get(article.id)!);
    body.set("comment", `Ещё одно мнение №${n}: спасибо за новость.`);
    body.set("author", commenter.authorName);
    body.set("email", commenter.authorEmail);
    const res = await fetchRetried(`${baseUrl}/${article.slug}`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { "x-forwarded-for": `10.99.${Math.floor(n / 250)}.${(n % 250) + 1}`, origin: baseUrl },
    });
    await res.arrayBuffer();
    if (res.status !== 303) failures++;
  };
  const timer = setInterval(() => void post().catch(() => failures++), intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      return { changes: n, failures };
    },
  };
}
