import type { DOMOutputSpec } from "@tiptap/pm/model";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/article/ArticleBody";
import { EmbedNode } from "@/app/admin/articles/_editor/embed-node";
import { GalleryNode, type GalleryImage } from "@/app/admin/articles/_editor/gallery-node";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";
import { NO_AD_SOURCES } from "@/lib/security/ad-sources";
import { readerPolicy } from "@/lib/security/content-security-policy";
import { INLINE_SCRIPTS } from "@/lib/security/inline-scripts";
import { sha256Source } from "@/lib/security/script-hash";
import { trustInlineScripts } from "@/lib/security/trusted-scripts";
import { messagesFor } from "@/lib/i18n/messages";
import { withEmbedPlaceholders } from "./reader-html";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** What the browser's serializer makes of a node's renderHTML (enough for these leaf nodes). */
function toHtml(spec: DOMOutputSpec): string {
  if (typeof spec === "string") return escape(spec);
  const [tag, ...rest] = spec as unknown as [string, ...unknown[]];
  const attrs = rest[0] && typeof rest[0] === "object" && !Array.isArray(rest[0]) ? (rest.shift() as Record<string, unknown>) : {};
  const open = `<${tag}${Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join("")}>`;
  return tag === "img" ? open : `${open}${rest.map((c) => toHtml(c as DOMOutputSpec)).join("")}</${tag}>`;
}

const render = (node: typeof EmbedNode | typeof GalleryNode, attrs: Record<string, unknown>) =>
  toHtml(
    (node.config.renderHTML as (p: { node: { attrs: Record<string, unknown> }; HTMLAttributes: object }) => DOMOutputSpec)({
      node: { attrs },
      HTMLAttributes: {},
    }),
  );

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(name + " "));

describe("an embed from the editor to the reader", () => {
  const stored = render(EmbedNode, { provider: "youtube", id: "dQw4w9WgXcQ" });

  it("is stored as a marker around a plain link, which the sanitizer keeps as it is", () => {
    expect(stored).toBe(
      '<figure class="embed" data-embed="youtube" data-embed-id="dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">YouTube: видео — https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></figure>',
    );
    expect(sanitizeArticleHtml(stored)).toBe(stored);
  });

  it("loses its marker when the provider or the id is not one Vestnik knows, keeping the link", () => {
    expect(sanitizeArticleHtml('<figure class="embed" data-embed="youtube" data-embed-id="x&quot;&gt;"><a href="https://a.kz">a</a></figure>')).toBe(
      '<figure><a href="https://a.kz">a</a></figure>',
    );
    expect(sanitizeArticleHtml('<figure class="embed evil" data-embed="vimeo" data-embed-id="1" data-embed-frame="https://evil.kz"></figure>')).toBe(
      "<figure></figure>",
    );
  });

  it("reaches the reader as a placeholder that loads nothing from the provider until «Смотреть»", () => {
    const { html, hasEmbeds } = withEmbedPlaceholders(sanitizeArticleHtml(`<p>До</p>${stored}<p>После</p>`));
    expect(hasEmbeds).toBe(true);
    expect(html).not.toMatch(/<iframe|<img|<script|src=/);
    expect(html).toContain('data-embed-frame="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"');
    expect(html).toContain('<a class="embed-play" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-play="YouTube: видео">Смотреть</a>');
    expect(html).toMatch(/^<p>До<\/p><figure class="embed" data-embed="youtube">[\s\S]*<\/figure><p>После<\/p>$/);
    expect(withEmbedPlaceholders("<p>без</p>")).toEqual({ html: "<p>без</p>", hasEmbeds: false });
  });

  it("words the placeholder in the reader page's language", () => {
    const { html } = withEmbedPlaceholders(sanitizeArticleHtml(stored), messagesFor("kk").embed);
    expect(html).toContain('<strong class="embed-title">YouTube: бейне</strong>');
    expect(html).toContain("www.youtube-nocookie.com сайтынан тек басқаннан кейін жүктеледі.");
    expect(html).toContain('data-embed-play="YouTube: бейне">Қарау</a>');
  });

  it("lets only a page carrying the embed loader frame the providers", () => {
    expect(directive(readerPolicy([], NO_AD_SOURCES), "frame-src")).toBe("frame-src 'none'");
    const withLoader = directive(readerPolicy([sha256Source(INLINE_SCRIPTS.loadEmbed)], NO_AD_SOURCES), "frame-src");
    expect(withLoader).toBe(
      "frame-src https://www.youtube-nocookie.com https://vk.com https://vkvideo.ru https://t.me https://platform.twitter.com https://www.instagram.com",
    );
  });
});

describe("a gallery and a table through the sanitizer", () => {
  it("keeps a gallery of responsive images with links to the full size", () => {
    const images: GalleryImage[] = [
      {
        src: "/media/u1/640.webp",
        srcset: "/media/u1/320.webp 320w, /media/u1/640.webp 640w",
        alt: "Площадь",
        width: 1280,
        height: 960,
        full: "/media/u1/1280.webp",
      },
      { src: "/media/u2/640.webp", srcset: null, alt: "", width: null, height: null, full: "/media/u2/640.webp" },
    ];
    const stored = render(GalleryNode, { images });
    expect(stored).toBe(
      '<figure class="gallery"><a href="/media/u1/1280.webp"><img src="/media/u1/640.webp" srcset="/media/u1/320.webp 320w, /media/u1/640.webp 640w" sizes="(max-width: 760px) 50vw, 250px" alt="Площадь" width="1280" height="960" loading="lazy"></a>' +
        '<a href="/media/u2/640.webp"><img src="/media/u2/640.webp" alt="" loading="lazy"></a></figure>',
    );
    // The sanitizer writes void elements as `<img … />`; nothing else changes.
    expect(sanitizeArticleHtml(stored)).toBe(stored.replace(/<img ([^>]*)>/g, "<img $1 />"));
  });

  it("keeps the editor's tables, without their inline widths", () => {
    const fromEditor =
      '<table style="min-width: 75px"><colgroup><col style="min-width: 25px"><col style="min-width: 25px"></colgroup><tbody>' +
      '<tr><th colspan="1" rowspan="1"><p>Город</p></th><th colspan="2" rowspan="1"><p>Явка</p></th></tr>' +
      '<tr><td colspan="1" rowspan="1"><p>Алматы</p></td><td colspan="1" rowspan="1" style="color:red" onclick="x()"><p>61%</p></td></tr></tbody></table>';
    expect(sanitizeArticleHtml(fromEditor)).toBe(
      "<table><tbody>" +
        '<tr><th colspan="1" rowspan="1"><p>Город</p></th><th colspan="2" rowspan="1"><p>Явка</p></th></tr>' +
        '<tr><td colspan="1" rowspan="1"><p>Алматы</p></td><td colspan="1" rowspan="1"><p>61%</p></td></tr></tbody></table>',
    );
  });
});

describe("an article body on the reader page", () => {
  it("carries the click-to-load script only when it has an embed, and the policy trusts that script", () => {
    const embed = render(EmbedNode, { provider: "x", id: "20" });
    const page = renderToStaticMarkup(
      createElement(ArticleBody, { html: `<p>1</p>${embed}<p>2</p><p>3</p>`, inline: createElement("aside", null, "реклама") }),
    );
    expect(page).toContain(
      '<div><p>1</p><figure class="embed" data-embed="x"><div class="embed-card" data-embed-frame="https://platform.twitter.com/embed/Tweet.html?id=20&amp;dnt=true"',
    );
    expect(page).toContain("</figure><p>2</p></div><aside>реклама</aside><div><p>3</p></div>");
    const { hashes } = trustInlineScripts(page, null);
    expect(hashes).toEqual([sha256Source(INLINE_SCRIPTS.loadEmbed)]);
    expect(renderToStaticMarkup(createElement(ArticleBody, { html: "<p>Без встраиваний</p>" }))).not.toContain("<script");
  });
});
