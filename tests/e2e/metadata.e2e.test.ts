import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pgConfigFromUrl } from "../../lib/db/pg-config";
import { htmlErrors } from "./support/html-validator";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const fixtures = inject("readerFixtures");

const page = async (path: string) => (await fetch(baseUrl + path)).text();

function jsonLd(html: string): any[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
    const data = JSON.parse(m[1]!);
    return Array.isArray(data) ? data : [data];
  });
}

function meta(html: string, key: string): string[] {
  return [...html.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[:+]/g, "\\$&")}" content="([^"]*)"`, "g"))].map((m) => m[1]!);
}

describe("metadata", () => {
  it("gives home, category and article pages a title, description, canonical URL, OpenGraph and Twitter tags", async () => {
    for (const path of ["/", `/category/${fixtures.category.slug}`, `/category/${fixtures.category.slug}/page/2`, `/${fixtures.article.slug}`]) {
      const html = await page(path);
      expect(html, path).toMatch(/<title>[^<]+<\/title>/);
      expect(meta(html, "description")[0], path).toBeTruthy();
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(new URL(canonical!).pathname.replace(/\/$/, "") || "/", path).toBe(path === "/" ? "/" : path);
      for (const key of ["og:title", "og:description", "og:url", "og:site_name", "og:type", "twitter:card", "twitter:title"]) {
        expect(meta(html, key).length, `${path} ${key}`).toBe(1);
      }
    }
  });

  it("describes an article: image, times, section, tags; NewsArticle and BreadcrumbList", async () => {
    const html = await page(`/${fixtures.article.slug}`);
    expect(meta(html, "og:type")).toEqual(["article"]);
    expect(meta(html, "og:image")[0]).toMatch(/^https?:\/\/.+\/media\/.+\.jpg$/);
    expect(meta(html, "twitter:card")).toEqual(["summary_large_image"]);
    expect(Date.parse(meta(html, "article:published_time")[0]!)).not.toBeNaN();
    expect(Date.parse(meta(html, "article:modified_time")[0]!)).not.toBeNaN();
    expect(meta(html, "article:section")).toHaveLength(1);
    expect(meta(html, "article:tag").length).toBeGreaterThan(0);

    const data = jsonLd(html);
    const article = data.find((d) => d["@type"] === "NewsArticle");
    expect(article.headline).toBe(fixtures.article.title);
    expect(article.headline.length).toBeLessThanOrEqual(110);
    for (const field of ["datePublished", "dateModified"]) expect(Date.parse(article[field])).not.toBeNaN();
    expect(article.author[0].name).toBeTruthy();
    expect(article.publisher.name).toBeTruthy();
    expect(article.publisher.logo.url).toMatch(/^https?:\/\/.+\/logo\.png$/);
    expect(article.image[0].url).toMatch(/^https?:\/\//);
    const crumbs = data.find((d) => d["@type"] === "BreadcrumbList").itemListElement;
    expect(crumbs.map((c: any) => c.position)).toEqual([1, 2, 3]);
    expect(new URL(crumbs[2].item).pathname).toBe(`/${fixtures.article.slug}`);

    const logo = await fetch(article.publisher.logo.url.replace(/^https?:\/\/[^/]+/, baseUrl));
    expect(logo.headers.get("content-type")).toBe("image/png");
  });

  it("describes the home page as an Organization and a WebSite with a SearchAction", async () => {
    const data = jsonLd(await page("/"));
    expect(data.find((d) => d["@type"] === "NewsMediaOrganization")?.logo.url).toMatch(/\/logo\.png$/);
    const site = data.find((d) => d["@type"] === "WebSite");
    expect(site.potentialAction["@type"]).toBe("SearchAction");
    expect(site.potentialAction.target.urlTemplate).toMatch(/\/search\?q=\{search_term_string\}$/);
    expect(site.potentialAction["query-input"]).toBe("required name=search_term_string");
  });

  it("passes the Nu HTML Checker on the home, category and article pages", async () => {
    const documents = {
      home: await page("/"),
      category: await page(`/category/${fixtures.category.slug}`),
      article: await page(`/${fixtures.article.slug}`),
    };
    expect(await htmlErrors(documents)).toEqual([]);
  });

  it("offers plain share links and a copy link, with no third-party script", async () => {
    const html = await page(`/${fixtures.article.slug}`);
    for (const host of ["t.me/share", "wa.me/", "vk.com/share.php", "www.facebook.com/sharer", "x.com/intent"]) expect(html).toContain(`https://${host}`);
    expect(html).toMatch(/<a class="share__copy" href="https?:\/\/[^"]+\/[^"]+" data-copy-link="" data-copied="[^"]+">/);
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });
});

describe.skipIf(!databaseUrl)("social image of an article without a cover", () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client(pgConfigFromUrl(databaseUrl!));
    await client.connect();
  });
  afterAll(() => client?.end());

  it("is generated with the title", async () => {
    const { rows } = await client.query<{ slug: string }>(
      `UPDATE "Article" SET "coverId" = NULL WHERE id = (SELECT id FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() AND language = 'ru' AND slug <> $1 ORDER BY "publishedAt" DESC OFFSET 5 LIMIT 1) RETURNING slug`,
      [fixtures.article.slug],
    );
    const slug = rows[0]!.slug;
    let image: string | undefined;
    for (let i = 0; i < 60 && !image?.includes("/social/"); i++) {
      image = meta(await page(`/${slug}`), "og:image")[0];
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(image).toMatch(new RegExp(`/social/${slug}\\.png$`));
    const res = await fetch(`${baseUrl}/social/${slug}.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect((await fetch(`${baseUrl}/social/net-takoi.png`)).status).toBe(404);
  });
});
