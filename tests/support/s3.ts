import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { S3Settings } from "@/lib/env";

export type TestS3 = { settings: S3Settings; env: Record<string, string>; stop(): Promise<void> };

/**
 * An S3-protocol server in this process (s3rver, files in a temporary directory) with one
 * empty bucket, spoken to with the real AWS SDK.
 */
export async function startTestS3(options: { publicUrl?: string } = {}): Promise<TestS3> {
  const directory = await mkdtemp(path.join(tmpdir(), "vestnik-s3-"));
  const bucket = "vestnik-media";
  // s3rver accepts the credentials it was started with.
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const settings: S3Settings = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    publicUrl: options.publicUrl ?? null,
  };
  return {
    settings,
    env: {
      S3_ENDPOINT: settings.endpoint,
      S3_BUCKET: bucket,
      S3_REGION: settings.region,
      S3_ACCESS_KEY_ID: settings.accessKeyId,
      S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
      ...(options.publicUrl ? { S3_PUBLIC_URL: options.publicUrl } : {}),
    },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
