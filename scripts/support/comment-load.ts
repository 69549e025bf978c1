/**
 * Many readers commenting at once: the comment form is read once (its hidden fields are the same
 * on every article but for the article's id), then, after a pause like a person typing, every
 * reader posts to their own article at the same moment, each from a distinct address
 * (X-Forwarded-For: the app must run with TRUST_PROXY=1). Used by `npm run load:comments` and by
 * the end-to-end tests.
 */

export type LoadPost = { slug: string; email: string; text: string; status: number; ms: number; commentId: number | null; error?: string };
export type LoadReport = { posts: LoadPost[]; wallMs: number };

const TYPING_PAUSE_MS = 3_100;

export function hiddenFields(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const match of html.matchAll(/<input type="hidden"([^>]*)\/?>/g)) {
    const name = /name="([^"]*)"/.exec(match[1]!)?.[1];
    const value = /value="([^"]*)"/.exec(match[1]!)?.[1] ?? "";
    if (name)
      fields.push([name, value.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&")]);
  }
  return fields;
}

async function readForm(baseUrl: string, slug: string, ip: string): Promise<[string, string][]> {
  const res = await fetch(`${baseUrl}/${slug}`, { headers: { "x-forwarded-for": ip } });
  const fields = hiddenFields(await res.text());
  if (!fields.some(([name]) => name === "comment_post_ID")) throw new Error(`No comment form on /${slug} (${res.status})`);
  return fields;
}

export type LoadTarget = { slug: string; id: number };

export async function runCommentLoad(options: { baseUrl: string; targets: LoadTarget[]; run: string; ipBase?: number }): Promise<LoadReport> {
  const { baseUrl, targets, run } = options;
  const ipBase = options.ipBase ?? 20;
  const ip = (i: number) => `10.${ipBase + Math.floor(i / 60000)}.${Math.floor(i / 250) % 240}.${(i % 250) + 1}`;
  const form = (await readForm(baseUrl, targets[0]!.slug, ip(0))).filter(([name]) => name !== "comment_post_ID");
  await new Promise((r) => setTimeout(r, TYPING_PAUSE_MS));

  const started = performance.now();
  const posts = await Promise.all(
    targets.map(async ({ slug, id: articleId }, i): Promise<LoadPost> => {
      const email = `load-${run}-${i}@mail.example`;
      const text = `Нагрузочный комментарий ${run} №${i}: всё работает?`;
      const body = new FormData();
      for (const [name, value] of form) body.set(name, value);
      body.set("comment_post_ID", String(articleId));
      body.set("comment", text);
      body.set("author", `Читатель ${i}`);
      body.set("email", email);
      body.set("url", "");
      body.set("homepage", "");
      const t0 = performance.now();
      try {
        const res = await fetch(`${baseUrl}/${slug}`, { method: "POST", body, redirect: "manual", headers: { "x-forwarded-for": ip(i), origin: baseUrl } });
        await res.arrayBuffer();
        const id = /#comment-(\d+)$/.exec(res.headers.get("location") ?? "")?.[1];
        return { slug, email, text, status: res.status, ms: performance.now() - t0, commentId: id ? Number(id) : null };
      } catch (error) {
        return { slug, email, text, status: 0, ms: performance.now() - t0, commentId: null, error: String(error) };
      }
    }),
  );
  return { posts, wallMs: performance.now() - started };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
