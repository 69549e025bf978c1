import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { itemXml, wxrDocument } from "@/lib/wordpress/testing/wxr-builder";
import { databaseTargets } from "@/tests/support/database-targets";
import { actAs, createStaff } from "@/tests/support/staff";
import { POST } from "./route";

const context = { params: Promise.resolve({}) };
const origin = { origin: "http://localhost", host: "localhost" };

type Line = { items?: number; text?: unknown; media?: { done: number; total: number }; done?: unknown; lines?: string[]; error?: string };

async function lines(response: Response): Promise<Line[]> {
  return (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`the newsroom's WordPress import on ${target.name}`, () => {
    let prisma: PrismaClient;
    let dataDir: string;
    let server: Server;
    let requests = 0;

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), "vestnik-import-route-"));
      process.env.DATA_DIR = dataDir;
      prisma = (await target.open()).prisma;
      actAs(await createStaff(prisma, "ADMINISTRATOR", `-import-${target.name}`));
      server = createServer((_request, response) => {
        requests++;
        response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    });
    afterAll(async () => {
      server.close();
      await target.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    it("streams the text's progress, then the images', then the report; it never downloads from this machine", async () => {
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      const xml = wxrDocument([
        itemXml({ id: 500, name: "iz-redaktsii", meta: { _thumbnail_id: "501" } }),
        itemXml({ id: 501, type: "attachment", parent: 500, attachmentUrl: `http://${host}/wp-content/uploads/2024/05/a.jpg` }),
      ]);
      const response = await POST(new Request("http://localhost/admin/import/wordpress", { method: "POST", headers: origin, body: xml }), context);
      expect(response.headers.get("content-type")).toContain("application/x-ndjson");
      const stream = await lines(response);

      const kinds = stream.map((line) => (line.items ? "items" : line.text ? "text" : line.media ? "media" : line.done ? "done" : "other"));
      expect(kinds[0]).toBe("items");
      expect(kinds.slice(kinds.indexOf("text"))).toEqual(["text", "media", "media", "done"]);
      expect(stream.find((line) => line.media)?.media).toEqual({ done: 0, total: 1 });
      const report = stream.at(-1)!.lines!;
      expect(report).toContain("Записи: новых 1, обновлено 0");
      expect(report).toContain("Вложения: новых 0, обновлено 0, пропущено (адрес во внутренней сети: не загружается: 1)");
      expect(report).toContain(`  http://${host}/wp-content/uploads/2024/05/a.jpg`);
      expect(requests).toBe(0);
      expect(await prisma.article.count({ where: { wpPostId: 500 } })).toBe(1);
    });
  });
}
