import { access, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { mediaFile } from "@/lib/media/paths";
import { redirectTable } from "@/lib/redirects/redirect-table";
import { importWordPress } from "@/lib/wordpress/import/import-wordpress";
import { itemXml, TEST_SITE, wxrDocument } from "@/lib/wordpress/testing/wxr-builder";
import type { MediaOptions } from "./import-media";
import { databaseTargets } from "@/tests/support/database-targets";

const UPLOADS = `${TEST_SITE}/wp-content/uploads/2024/03`;
const image = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#1f6f8b" } });

const exportWithAttachments = wxrDocument([
  // The post comes before the attachments it shows.
  itemXml({
    id: 100,
    name: "ranshe",
    content: `<p>Текст.</p>\n<img src="${UPLOADS}/cover-300x225.jpg" alt="" width="300" height="225" />\n<img src="${UPLOADS}/missing.jpg" alt="" />`,
    meta: { _thumbnail_id: "201" },
  }),
  itemXml({
    id: 201,
    type: "attachment",
    parent: 101,
    title: "cover",
    name: "cover",
    link: `${TEST_SITE}/2024/03/01/posle/cover/`,
    excerpt: "Фото: пресс-служба",
    attachmentUrl: `${UPLOADS}/cover.jpg`,
    meta: { _wp_attached_file: "2024/03/cover.jpg", _wp_attachment_image_alt: "Площадь с фонтаном" },
  }),
  itemXml({ id: 202, type: "attachment", parent: 101, attachmentUrl: `${UPLOADS}/inline.png`, link: `${TEST_SITE}/?attachment_id=202` }),
  itemXml({ id: 203, type: "attachment", parent: 0, attachmentUrl: `${UPLOADS}/orphan.webp`, link: `${TEST_SITE}/?attachment_id=203` }),
  itemXml({ id: 204, type: "attachment", parent: 101, attachmentUrl: `${UPLOADS}/notes.pdf`, meta: { _wp_attached_file: "2024/03/notes.pdf" } }),
  itemXml({
    id: 101,
    name: "posle",
    content:
      `[caption id="attachment_202" align="aligncenter" width="600"]<img class="wp-image-202" src="${UPLOADS}/inline-600x400.png" alt="Площадь" width="600" height="400" /> Площадь вечером[/caption]\n\n` +
      `<a href="${UPLOADS}/inline.png"><img src="${UPLOADS}/inline-300x200.png" alt="" width="300" height="200" /></a>`,
  }),
]);

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`importing attachments on ${target.name}`, () => {
    let prisma: PrismaClient;
    let uploads: string;
    let dataDir: string;
    let server: Server;
    let requests = 0;

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      uploads = await mkdtemp(path.join(tmpdir(), "vestnik-uploads-"));
      dataDir = await mkdtemp(path.join(tmpdir(), "vestnik-media-"));
      await mkdir(path.join(uploads, "2024", "03"), { recursive: true });
      await image(800, 600).jpeg().toFile(path.join(uploads, "2024/03/cover.jpg"));
      await image(1200, 800).png().toFile(path.join(uploads, "2024/03/inline.png"));
      await image(400, 300).webp().toFile(path.join(uploads, "2024/03/orphan.webp"));
      await writeFile(path.join(uploads, "2024/03/notes.pdf"), "%PDF-1.4 not a picture");
      const remote = await image(700, 400).jpeg().toBuffer();
      server = createServer((request, response) => {
        requests++;
        if (request.url !== "/wp-content/uploads/2024/05/remote.jpg") return response.writeHead(404).end();
        response.writeHead(200, { "content-type": "image/jpeg" }).end(remote);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    });
    afterAll(async () => {
      server.close();
      await target.close();
      await rm(uploads, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    });

    const run = (xml: string, media: MediaOptions) => importWordPress(prisma, Readable.from([xml]), { media });

    it("takes the files from the uploads folder: covers, body images (sizes included) and attachment pages follow", async () => {
      const report = await run(exportWithAttachments, { uploadsDir: uploads, fetch: false, dataDir });
      expect(report.attachments).toMatchObject({ imported: 3, updated: 0, skipped: { "не изображение (переносятся JPEG, PNG, WebP и AVIF)": 1 } });

      const media = new Map((await prisma.media.findMany({ where: { wpPostId: { not: null } } })).map((m) => [m.wpPostId, m]));
      const [cover, inline, orphan] = [media.get(201)!, media.get(202)!, media.get(203)!];
      expect([cover.width, cover.height, cover.widths, cover.alt, cover.originalName]).toEqual([
        800,
        600,
        [320, 640],
        "Площадь с фонтаном",
        "2024/03/cover.jpg",
      ]);
      expect(inline.widths).toEqual([320, 640, 960]);
      for (const m of [cover, inline, orphan]) for (const width of m.widths) await access(mediaFile(m.key, width, dataDir));

      const before = await prisma.article.findUniqueOrThrow({ where: { wpPostId: 100 } });
      expect([before.coverId, before.coverAlt, before.coverCaption]).toEqual([cover.id, "Площадь с фонтаном", "Фото: пресс-служба"]);
      // A size variant is the same picture: shown at 300 px, it gets the 320 px variant and the whole srcset.
      expect(before.bodyHtml).toContain(`src="/media/${cover.key}/320.webp"`);
      expect(before.bodyHtml).toContain(`srcset="/media/${cover.key}/320.webp 320w, /media/${cover.key}/640.webp 640w"`);
      expect(before.bodyHtml).not.toContain("cover-300x225.jpg");
      expect(before.bodyHtml).toContain(`${UPLOADS}/missing.jpg`);

      const after = await prisma.article.findUniqueOrThrow({ where: { wpPostId: 101 } });
      expect(after.bodyHtml).toContain(`src="/media/${inline.key}/640.webp"`);
      expect(after.bodyHtml).toContain(`<a href="/media/${inline.key}/960.webp">`);
      expect(after.bodyHtml).not.toContain("wp-content/uploads");
      expect(after.bodyHtml).toContain("<figcaption>Площадь вечером</figcaption>");

      expect(report.unresolvedMedia).toEqual([`${UPLOADS}/missing.jpg`]);

      const redirects = redirectTable(prisma);
      await redirects.reload();
      expect(redirects.lookup("/?attachment_id=201")).toBe("/posle");
      expect(redirects.lookup("/2024/03/01/posle/cover/")).toBe("/posle");
      expect(redirects.lookup("/?attachment_id=203")).toBe(`/media/${orphan.key}/320.webp`);
    });

    it("imports the export again without duplicating images, and puts them back into the rewritten bodies", async () => {
      const mediaBefore = await prisma.media.count();
      const report = await run(exportWithAttachments, { uploadsDir: uploads, fetch: false, dataDir });
      expect(await prisma.media.count()).toBe(mediaBefore);
      expect(report.attachments).toMatchObject({ imported: 0, updated: 3 });
      const cover = await prisma.media.findUniqueOrThrow({ where: { wpPostId: 201 } });
      const article = await prisma.article.findUniqueOrThrow({ where: { wpPostId: 100 } });
      expect(article.coverId).toBe(cover.id);
      expect(article.bodyHtml).toContain(`src="/media/${cover.key}/320.webp"`);
    });

    it("downloads a file from the old site, never from a private address unless that host is allowed", async () => {
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      const remote = wxrDocument([
        itemXml({ id: 300, name: "s-sayta", meta: { _thumbnail_id: "301" } }),
        itemXml({ id: 301, type: "attachment", parent: 300, attachmentUrl: `http://${host}/wp-content/uploads/2024/05/remote.jpg` }),
      ]);

      const refused = await run(remote, { dataDir });
      expect(refused.attachments.skipped).toEqual({ "адрес во внутренней сети: не загружается": 1 });
      expect(requests).toBe(0);
      expect(refused.unresolvedMedia).toEqual([`http://${host}/wp-content/uploads/2024/05/remote.jpg`]);

      const fetched = await run(remote, { dataDir, privateHost: host });
      expect(fetched.attachments).toMatchObject({ imported: 1, skipped: {} });
      expect(requests).toBe(1);
      const media = await prisma.media.findUniqueOrThrow({ where: { wpPostId: 301 } });
      expect([media.width, media.height]).toEqual([700, 400]);
      expect((await prisma.article.findUniqueOrThrow({ where: { wpPostId: 300 } })).coverId).toBe(media.id);
    });
  });
}
