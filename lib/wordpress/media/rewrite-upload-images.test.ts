import { describe, expect, it } from "vitest";
import { imageSources, rewriteUploadImages, type StoredMedia } from "./rewrite-upload-images";

const photo: StoredMedia = { id: 7, key: "wp5-abcd", width: 1200, height: 800, widths: [320, 640, 960] };
const resolve = (url: string) => (url.includes("/photo") ? photo : null);

describe("rewriteUploadImages", () => {
  it("points an imported picture at the widths closest to how it was shown, with the whole srcset", () => {
    const html = `<p><img class="wp-image-5" src="https://old.kz/wp-content/uploads/photo-300x200.jpg" alt="Площадь" width="300" height="200" /></p>`;
    expect(rewriteUploadImages(html, resolve)).toBe(
      `<p><img class="wp-image-5" src="/media/wp5-abcd/320.webp" alt="Площадь" width="300" height="200" srcset="/media/wp5-abcd/320.webp 320w, /media/wp5-abcd/640.webp 640w, /media/wp5-abcd/960.webp 960w" sizes="(max-width: 760px) 100vw, 760px" /></p>`,
    );
  });

  it("gives a picture without a size its own, and a link to the file the largest width", () => {
    const html = `<a href="https://old.kz/wp-content/uploads/photo.jpg"><img src="https://old.kz/wp-content/uploads/photo.jpg"></a>`;
    const rewritten = rewriteUploadImages(html, resolve);
    expect(rewritten).toContain(`<a href="/media/wp5-abcd/960.webp">`);
    expect(rewritten).toContain(`src="/media/wp5-abcd/960.webp"`);
    expect(rewritten).toContain(`width="1200" height="800"`);
  });

  it("leaves pictures it does not know, and everything else, as written", () => {
    const html = `<p>Текст <a href="https://old.kz/wp-content/uploads/doc.pdf">PDF</a><img src="https://other.kz/x.jpg" alt=""></p>`;
    expect(rewriteUploadImages(html, resolve)).toBe(html);
  });

  it("lists the sources of a body's images, entities decoded", () => {
    expect(imageSources(`<img alt="" src="/a.jpg?x=1&amp;y=2" /><p><img src="https://b.kz/b.png"></p>`)).toEqual(["/a.jpg?x=1&y=2", "https://b.kz/b.png"]);
  });
});
