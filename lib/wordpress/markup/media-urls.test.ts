import { describe, expect, it } from "vitest";
import { rewriteMediaUrls } from "./media-urls";

const OLD = "https://old.kz/wp-content/uploads/";
const mediaUrl = (url: string) => (url.startsWith(OLD) ? `https://vestnik.kz/media/${url.slice(OLD.length)}` : null);

describe("rewriteMediaUrls", () => {
  it("points img src and every srcset candidate at the new address, the rest of the tag as written", () => {
    const html = `<img class='wp-image-5' src='${OLD}2023/01/a-300x200.jpg' srcset="${OLD}2023/01/a-300x200.jpg 300w, ${OLD}2023/01/a.jpg 1024w, https://cdn.kz/x.jpg 2x" alt="Алматы" />`;
    expect(rewriteMediaUrls(html, mediaUrl)).toBe(
      `<img class='wp-image-5' src="https://vestnik.kz/media/2023/01/a-300x200.jpg" srcset="https://vestnik.kz/media/2023/01/a-300x200.jpg 300w, https://vestnik.kz/media/2023/01/a.jpg 1024w, https://cdn.kz/x.jpg 2x" alt="Алматы" />`,
    );
  });

  it("rewrites a link wrapping a picture, not other links", () => {
    const html = `<a href="${OLD}2023/01/a.jpg">\n<img src="${OLD}2023/01/a-300x200.jpg" /></a> <a href="${OLD}2023/01/doc.pdf">PDF</a>`;
    expect(rewriteMediaUrls(html, mediaUrl)).toBe(
      `<a href="https://vestnik.kz/media/2023/01/a.jpg">\n<img src="https://vestnik.kz/media/2023/01/a-300x200.jpg" /></a> <a href="${OLD}2023/01/doc.pdf">PDF</a>`,
    );
  });

  it("keeps a URL mediaUrl does not know, and decodes and encodes entities around the call", () => {
    const seen: string[] = [];
    const html = `<img src="https://other.kz/a.jpg?x=1&amp;y=2" />`;
    expect(
      rewriteMediaUrls(html, (url) => {
        seen.push(url);
        return null;
      }),
    ).toBe(html);
    expect(seen).toEqual(["https://other.kz/a.jpg?x=1&y=2"]);
    expect(rewriteMediaUrls(html, () => "/media/a.jpg?x=1&y=2")).toBe('<img src="/media/a.jpg?x=1&amp;y=2" />');
  });

  it("does nothing without mediaUrl", () => {
    expect(rewriteMediaUrls(`<img src="${OLD}a.jpg">`, undefined)).toBe(`<img src="${OLD}a.jpg">`);
  });
});
