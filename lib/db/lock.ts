import fs from "node:fs";
import path from "node:path";

/** An exclusive, cross-process lock on a directory, held as `<dir>.lock` containing the owner's pid. */
export interface DirLock {
  readonly path: string;
  release(): void;
}

export class DirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`Database directory ${dir} is in use by process ${pid} (another \`npm start\` or db script?)`);
    this.name = "DirLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Takes the lock or throws DirLockedError. A lock left by a dead process is taken over.
 * The lock file is created complete (written to a temporary file, then hard-linked into
 * place, which fails if it exists), so no reader ever sees it empty.
 */
export function acquireDirLock(dir: string): DirLock {
  const lockPath = `${path.resolve(/* turbopackIgnore: true */ dir)}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const tmp = `${lockPath}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${process.pid}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        fs.linkSync(tmp, lockPath);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = readPid(lockPath);
      if (holder === undefined) continue; // released between our attempt and the read
      if (holder === process.pid || isAlive(holder)) throw new DirLockedError(dir, holder);
      if (attempt >= 5) throw new DirLockedError(dir, holder);
      // Stale: only remove it if it still names the dead process.
      if (readPid(lockPath) === holder) fs.rmSync(lockPath, { force: true });
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }

  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener("exit", release);
    if (readPid(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.on("exit", release);
  return { path: lockPath, release };
}
