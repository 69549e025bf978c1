import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDirLock, DirLockedError } from "./lock";

let root: string;
let dir: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "vestnik-lock-"));
  dir = path.join(root, "pglite");
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** A pid that surely belongs to no running process: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("acquireDirLock", () => {
  it("writes the holder's pid and removes the file on release", () => {
    const lock = acquireDirLock(dir);
    expect(fs.readFileSync(lock.path, "utf8").trim()).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
  });

  it("refuses a second holder while the first holds it", () => {
    const lock = acquireDirLock(dir);
    try {
      expect(() => acquireDirLock(dir)).toThrow(DirLockedError);
      expect(() => acquireDirLock(dir)).toThrow(`is in use by process ${process.pid}`);
    } finally {
      lock.release();
    }
    acquireDirLock(dir).release();
  });

  it("refuses when another live process holds it", () => {
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(`${dir}.lock`, `${process.ppid}\n`);
    expect(() => acquireDirLock(dir)).toThrow(`Database directory ${dir} is in use by process ${process.ppid}`);
  });

  it("takes over a lock left by a dead process", () => {
    const pid = deadPid();
    fs.writeFileSync(`${dir}.lock`, `${pid}\n`);
    const lock = acquireDirLock(dir);
    expect(fs.readFileSync(lock.path, "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });

  it("does not remove a lock that another process took after ours was released", () => {
    const lock = acquireDirLock(dir);
    lock.release();
    fs.writeFileSync(lock.path, `${process.ppid}\n`);
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(true);
  });
});
