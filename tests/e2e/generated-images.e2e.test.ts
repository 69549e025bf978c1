import { describe, expect, inject, it } from "vitest";
import { processCpuSeconds } from "../../scripts/bench/render-cost";

const baseUrl = inject("baseUrl");
const serverPid = inject("serverPid");
const fixtures = inject("readerFixtures");

async function png(path: string): Promise<Buffer> {
  const res = await fetch(baseUrl + path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type")).toBe("image/png");
  return Buffer.from(await res.arrayBuffer());
}

describe("generated images", () => {
  it("are drawn once, not on every request (drawing one costs 50–90 ms of CPU)", async () => {
    const paths = [`/social/${fixtures.article.slug}.png`, "/logo.png"];
    const first = await Promise.all(paths.map(png));
    const cpuBefore = processCpuSeconds(serverPid);
    for (let i = 0; i < 20; i++) {
      const again = await Promise.all(paths.map(png));
      expect(again).toEqual(first);
    }
    // 40 more images: drawn each time they would take 2 s of CPU or more.
    expect(processCpuSeconds(serverPid) - cpuBefore).toBeLessThan(0.6);
  });

  it("are 404 for an article that does not exist", async () => {
    expect((await fetch(`${baseUrl}/social/net-takoy-stati-${Date.now()}.png`)).status).toBe(404);
  });
});
