import { describe, expect, it } from "vitest";
import { watchDatabase } from "./database-watch";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("watchDatabase", () => {
  it("pings once for everyone who asks meanwhile, then believes the answer for ttlMs", async () => {
    let pings = 0;
    const watch = watchDatabase(
      async () => {
        pings++;
        await sleep(20);
      },
      { ttlMs: 100 },
    );
    expect(await Promise.all([watch.isUp(), watch.isUp(), watch.isUp()])).toEqual([true, true, true]);
    expect(await watch.isUp()).toBe(true);
    expect(pings).toBe(1);
    await sleep(120);
    await watch.isUp();
    expect(pings).toBe(2);
  });

  it("says down with the reason when the ping fails or does not answer in time, and looks again when told", async () => {
    let behaviour: "fail" | "hang" | "ok" = "fail";
    const watch = watchDatabase(
      () =>
        behaviour === "fail" ? Promise.reject(new Error("connect ECONNREFUSED")) : behaviour === "hang" ? new Promise(() => undefined) : Promise.resolve(),
      { ttlMs: 60_000, timeoutMs: 50 },
    );
    expect(await watch.isUp()).toBe(false);
    expect(watch.problem).toBe("connect ECONNREFUSED");
    behaviour = "ok";
    expect(await watch.isUp()).toBe(false);
    watch.suspect();
    expect(await watch.isUp()).toBe(true);
    expect(watch.problem).toBeNull();
    behaviour = "hang";
    watch.suspect();
    expect(await watch.isUp()).toBe(false);
    expect(watch.problem).toMatch(/no answer within 50 ms/);
  });
});
