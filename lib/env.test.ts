import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const S3 = {
  S3_ENDPOINT: "https://storage.example.com",
  S3_BUCKET: "vestnik-media",
  S3_REGION: "kz-1",
  S3_ACCESS_KEY_ID: "key",
  S3_SECRET_ACCESS_KEY: "secret",
};

describe("S3 media storage settings", () => {
  it("are off when none is set, including set to empty strings", () => {
    expect(parseEnv({}).s3).toBeNull();
    expect(parseEnv({ S3_BUCKET: "", S3_ENDPOINT: "" }).s3).toBeNull();
  });

  it("take all five, with an optional public URL (trailing slash dropped)", () => {
    expect(parseEnv({ ...S3, S3_PUBLIC_URL: "https://cdn.example.com/media/" }).s3).toEqual({
      endpoint: "https://storage.example.com",
      bucket: "vestnik-media",
      region: "kz-1",
      accessKeyId: "key",
      secretAccessKey: "secret",
      publicUrl: "https://cdn.example.com/media",
    });
    expect(parseEnv(S3).s3?.publicUrl).toBeNull();
  });

  it("refuse a partial set, naming what is missing", () => {
    const { S3_REGION: _region, S3_SECRET_ACCESS_KEY: _secret, ...partial } = S3;
    expect(() => parseEnv(partial)).toThrow("missing S3_REGION, S3_SECRET_ACCESS_KEY");
    expect(() => parseEnv({ S3_PUBLIC_URL: "https://cdn.example.com" })).toThrow(/S3_PUBLIC_URL is set but S3 storage is not/);
    expect(() => parseEnv({ ...S3, S3_ENDPOINT: "storage" })).toThrow(/S3_ENDPOINT must be a URL/);
  });
});
