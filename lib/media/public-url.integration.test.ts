import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/article/ArticleBody";
import { CoverPicture } from "@/components/article/CoverPicture";
import { startTestS3, type TestS3 } from "@/tests/support/s3";
import { mediaSrc, withPublicMediaUrls } from "./public-url";
import { writeImageVariants } from "./variants";

let s3: TestS3;
const saved = { ...process.env };

beforeAll(async () => {
  s3 = await startTestS3();
  // The bucket's own path-style address stands in for the CDN in front of it.
  const publicUrl = `${s3.settings.endpoint}/${s3.settings.bucket}`;
  Object.assign(process.env, s3.env, { S3_PUBLIC_URL: publicUrl });
});

afterAll(async () => {
  process.env = saved;
  await s3?.stop();
});

describe("media from a public base URL (S3_PUBLIC_URL)", () => {
  it("points pages' images at the public URL, where the stored variant answers", async () => {
    await writeImageVariants(
      "cdn-cover",
      await sharp({ create: { width: 800, height: 400, channels: 3, background: "#36c" } })
        .png()
        .toBuffer(),
      [320, 640],
    );
    const base = process.env.S3_PUBLIC_URL!;
    expect(mediaSrc("cdn-cover", 640)).toBe(`${base}/cdn-cover/640.webp`);

    const response = await fetch(mediaSrc("cdn-cover", 320));
    expect(response.status).toBe(200);
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(320);

    const cover = { key: "cdn-cover", width: 800, height: 400, widths: [320, 640], alt: "Обложка", caption: "" };
    const html = renderToStaticMarkup(createElement(CoverPicture, { cover, sizes: "100vw" }));
    expect(html).toContain(`src="${base}/cdn-cover/640.webp"`);
    expect(html).toContain(`srcSet="${base}/cdn-cover/320.webp 320w, ${base}/cdn-cover/640.webp 640w"`);
  });

  it("rewrites stored /media/ addresses in article bodies, leaving other links alone", () => {
    const base = process.env.S3_PUBLIC_URL!;
    const body =
      '<figure><img src="/media/cdn-cover/640.webp" srcset="/media/cdn-cover/320.webp 320w, /media/cdn-cover/640.webp 640w" alt="Фото"></figure>' +
      '<p><a href="/media-kit">/media/cdn-cover/640.webp в тексте</a></p>';
    expect(withPublicMediaUrls(body)).toBe(
      `<figure><img src="${base}/cdn-cover/640.webp" srcset="${base}/cdn-cover/320.webp 320w, ${base}/cdn-cover/640.webp 640w" alt="Фото"></figure>` +
        '<p><a href="/media-kit">/media/cdn-cover/640.webp в тексте</a></p>',
    );
    const rendered = renderToStaticMarkup(createElement(ArticleBody, { html: body }));
    expect(rendered).toContain(`src="${base}/cdn-cover/640.webp"`);
    expect(rendered).not.toContain('src="/media/');
  });
});
