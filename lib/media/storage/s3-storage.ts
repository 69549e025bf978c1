import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { S3Settings } from "@/lib/env";
import { contentTypeOf, type MediaStorage } from "./types";

/** Variants never change once written: a new image gets a new key. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

function isNotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404);
}

/** Media in an S3-compatible bucket (AWS, MinIO, Yandex Object Storage, R2…), keys as in DATA_DIR/media. */
export function s3Storage(settings: S3Settings): MediaStorage {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    // Path-style addressing works on every S3-compatible service; virtual hosts need DNS for each bucket.
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
  });
  const Bucket = settings.bucket;

  async function* keysUnder(prefix: string | undefined): AsyncIterable<{ key: string; size: number }> {
    let ContinuationToken: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
      for (const object of page.Contents ?? []) if (object.Key) yield { key: object.Key, size: object.Size ?? 0 };
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }

  async function deleteKeys(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) {
      const Objects = keys.slice(i, i + 1000).map((Key) => ({ Key }));
      const result = await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } }));
      if (result.Errors?.length) throw new Error(`S3 refused to delete ${result.Errors.map((e) => e.Key).join(", ")}`);
    }
  }

  const storage: MediaStorage = {
    kind: "s3",
    label: `S3 ${settings.endpoint}/${Bucket}`,
    async put(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType, CacheControl: IMMUTABLE }));
    },
    // Objects cannot be renamed into place: the new set is written first, then what it left out is removed.
    async replace(prefix, files) {
      const names = new Set(files.map((f) => `${prefix}/${f.name}`));
      for (const f of files) await storage.put(`${prefix}/${f.name}`, f.body, f.contentType);
      const stale: string[] = [];
      for await (const { key } of keysUnder(`${prefix}/`)) if (!names.has(key)) stale.push(key);
      if (stale.length > 0) await deleteKeys(stale);
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        const body = Buffer.from((await object.Body?.transformToByteArray()) ?? new Uint8Array());
        return { body, contentType: object.ContentType ?? contentTypeOf(key), etag: object.ETag ?? `"${body.byteLength.toString(16)}"`, size: body.byteLength };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async size(key) {
      try {
        return (await client.send(new HeadObjectCommand({ Bucket, Key: key }))).ContentLength ?? null;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async deletePrefix(prefix) {
      const keys: string[] = [];
      for await (const { key } of keysUnder(`${prefix}/`)) keys.push(key);
      if (keys.length > 0) await deleteKeys(keys);
    },
    list: () => keysUnder(undefined),
    publicUrl: (key) => (settings.publicUrl ? `${settings.publicUrl}/${key}` : null),
  };
  return storage;
}
