import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withUploadSlot } from "@/lib/media/upload-body";
import { databaseTargets } from "@/tests/support/database-targets";
import { actAs, createStaff } from "@/tests/support/staff";
import { POST } from "./route";

const context = { params: Promise.resolve({}) };
const origin = { origin: "http://localhost", host: "localhost" };

/** A body that arrives in chunks, with no Content-Length, as a chunked upload does. */
function chunkedBody(totalBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const chunk = new Uint8Array(Math.min(1024 * 1024, totalBytes - sent));
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`uploads on ${target.name}`, () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), "vestnik-upload-"));
      process.env.DATA_DIR = dataDir;
      const { prisma } = await target.open();
      actAs(await createStaff(prisma, "EDITOR", `-upload-${target.name}`));
    });
    afterAll(async () => {
      await target.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    it("stops reading a body past 10 MB even without Content-Length", async () => {
      const request = new Request("http://localhost/admin/media/upload", {
        method: "POST",
        headers: { ...origin, "content-type": "multipart/form-data; boundary=x" },
        body: chunkedBody(12 * 1024 * 1024),
        duplex: "half",
      } as RequestInit);
      const res = await POST(request, context);
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ error: "Файл больше 10 МБ." });
    });

    it("refuses a picture of more than 50 megapixels with a clear message", async () => {
      const bomb = await sharp({ create: { width: 16_000, height: 16_000, channels: 3, background: "#fff" } })
        .png({ compressionLevel: 9 })
        .toBuffer();
      const form = new FormData();
      form.set("file", new File([new Uint8Array(bomb)], "bomb.png", { type: "image/png" }));
      const res = await POST(new Request("http://localhost/admin/media/upload", { method: "POST", headers: origin, body: form }), context);
      expect(res.status).toBe(422);
      expect(await res.json()).toEqual({ error: "Изображение больше 50 мегапикселей: уменьшите его перед загрузкой." });
    });

    it("lets one person run two uploads at a time, not more", async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const first = withUploadSlot(4242, () => held);
      const second = withUploadSlot(4242, () => held);
      expect(await withUploadSlot(4242, async () => "third")).toBeNull();
      expect(await withUploadSlot(4343, async () => "someone else")).toBe("someone else");
      release();
      await Promise.all([first, second]);
      expect(await withUploadSlot(4242, async () => "later")).toBe("later");
    });
  });
}
