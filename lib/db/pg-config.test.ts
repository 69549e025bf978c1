import { describe, expect, it } from "vitest";
import { pgConfigFromUrl } from "./pg-config";

describe("pgConfigFromUrl", () => {
  it("reads the server, the database and the pool's size", () => {
    expect(pgConfigFromUrl("postgresql://vestnik:s%40cret@db.internal:5433/news?connection_limit=4")).toMatchObject({
      host: "db.internal",
      port: 5433,
      user: "vestnik",
      password: "s@cret",
      database: "news",
      max: 4,
    });
  });

  it("leaves the pool's size to pg when the URL does not set a sensible one", () => {
    expect(pgConfigFromUrl("postgresql://127.0.0.1/news")).not.toHaveProperty("max");
    expect(pgConfigFromUrl("postgresql://127.0.0.1/news?connection_limit=lots")).not.toHaveProperty("max");
  });
});
