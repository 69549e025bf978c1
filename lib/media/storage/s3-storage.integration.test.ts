import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestS3, type TestS3 } from "@/tests/support/s3";
import { GET } from "@/app/media/[key]/[file]/route";
import { copyMedia } from "../copy-media";
import { mediaRoot, variantObjectKey } from "../paths";
import { mediaSrc } from "../public-url";
import { deleteImage, writeImageVariants } from "../variants";
import { localStorage, mediaStorage, s3Storage, type MediaStorage } from ".";

const run = promisify(execFile);
const picture = () =>
  sharp({ create: { width: 900, height: 450, channels: 3, background: "#2a6" } })
    .png()
    .toBuffer();

let s3: TestS3;
let bucket: MediaStorage;
const saved = { ...process.env };

beforeAll(async () => {
  s3 = await startTestS3();
  bucket = s3Storage(s3.settings);
  // Read once by env() on first use: the site's storage below is this bucket.
  Object.assign(process.env, s3.env);
});

afterAll(async () => {
  process.env = saved;
  await s3?.stop();
});

async function keysIn(storage: MediaStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const { key } of storage.list()) keys.push(key);
  return keys.sort();
}

function serve(key: string, file: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost/media/${key}/${file}`, { headers }), { params: Promise.resolve({ key, file }) });
}

describe("S3 media storage", () => {
  it("puts, gets, sizes, lists and deletes objects through the AWS SDK", async () => {
    await bucket.put("driver-a/320.webp", Buffer.from("first"), "image/webp");
    await bucket.put("driver-a/640.webp", Buffer.from("second!"), "image/webp");
    await bucket.put("driver-b/320.webp", Buffer.from("other"), "image/webp");
    const object = await bucket.get("driver-a/320.webp");
    expect([object?.body.toString(), object?.contentType, object?.size]).toEqual(["first", "image/webp", 5]);
    expect(object?.etag).toMatch(/^".+"$/);
    expect(await bucket.size("driver-a/640.webp")).toBe(7);
    expect(await bucket.get("driver-a/1280.webp")).toBeNull();
    expect(await bucket.size("driver-a/1280.webp")).toBeNull();

    await bucket.replace("driver-a", [{ name: "960.webp", body: Buffer.from("new"), contentType: "image/webp" }]);
    expect(await keysIn(bucket)).toEqual(["driver-a/960.webp", "driver-b/320.webp"]);
    await bucket.deletePrefix("driver-a");
    expect(await keysIn(bucket)).toEqual(["driver-b/320.webp"]);
    await bucket.deletePrefix("driver-b");
  });

  it("is the site's storage when S3_* are set: uploads land in the bucket and are served with immutable headers", async () => {
    expect(mediaStorage().kind).toBe("s3");
    const stored = await writeImageVariants("s3-served", await picture(), [320, 640]);
    expect(stored.widths).toEqual([320, 640]);
    expect(await keysIn(bucket)).toEqual(["s3-served/320.webp", "s3-served/640.webp"]);
    expect(mediaSrc("s3-served", 320)).toBe("/media/s3-served/320.webp");

    const response = await serve("s3-served", "640.webp");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(640);

    const again = await serve("s3-served", "640.webp", { "If-None-Match": etag });
    expect([again.status, await again.text()]).toEqual([304, ""]);
    expect((await serve("s3-served", "1280.webp")).status).toBe(404);
    expect((await serve("no-such-image", "320.webp")).status).toBe(404);
  });

  it("makes a JPEG from the stored WebP on first request and keeps it in the bucket", async () => {
    const response = await serve("s3-served", "320.jpg");
    expect([response.status, response.headers.get("content-type")]).toEqual([200, "image/jpeg"]);
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).format).toBe("jpeg");
    expect(await bucket.size(variantObjectKey("s3-served", 320, "jpg"))).toBeGreaterThan(0);
    expect((await serve("s3-served", "1280.jpg")).status).toBe(404);

    await deleteImage("s3-served");
    expect(await keysIn(bucket)).toEqual([]);
    expect((await serve("s3-served", "320.webp")).status).toBe(404);
  });
});

describe("npm run media:migrate", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "vestnik-migrate-"));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("copies every local file to the bucket, and a second run copies nothing", async () => {
    const local = localStorage(mediaRoot(dataDir));
    await writeImageVariants("local-one", await picture(), [320, 640], { storage: local });
    await writeImageVariants("local-two", await picture(), [480], { storage: local });
    await local.put("local-two/480.jpg", Buffer.from("jpeg bytes"), "image/jpeg");
    const files = await keysIn(local);
    expect(files).toEqual(["local-one/320.webp", "local-one/640.webp", "local-two/480.jpg", "local-two/480.webp"]);

    expect(await copyMedia(local, bucket)).toEqual({ total: 4, copied: 4, skipped: 0 });
    expect(await keysIn(bucket)).toEqual(files);
    expect((await bucket.get("local-one/640.webp"))!.body.equals((await local.get("local-one/640.webp"))!.body)).toBe(true);
    expect(await copyMedia(local, bucket)).toEqual({ total: 4, copied: 0, skipped: 4 });

    // The script itself, as a user runs it, with one file the bucket lacks.
    await bucket.deletePrefix("local-two");
    const script = () => run("npx", ["tsx", "scripts/media-migrate.ts"], { env: { ...process.env, ...s3.env, DATA_DIR: dataDir, NODE_NO_WARNINGS: "1" } });
    expect((await script()).stdout).toContain("Готово: файлов 4, скопировано 2, уже были в хранилище 2.");
    expect(await keysIn(bucket)).toEqual(files);
    expect((await script()).stdout).toContain("скопировано 0");
  }, 60_000);

  it("refuses to run without S3 settings", async () => {
    const { S3_ENDPOINT: _e, S3_BUCKET: _b, S3_REGION: _r, S3_ACCESS_KEY_ID: _a, S3_SECRET_ACCESS_KEY: _s, ...plain } = process.env;
    await expect(run("npx", ["tsx", "scripts/media-migrate.ts"], { env: { ...plain, DATA_DIR: dataDir } })).rejects.toMatchObject({
      stderr: expect.stringContaining("Хранилище S3 не настроено"),
    });
  }, 30_000);
});
