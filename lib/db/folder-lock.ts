import fs from "node:fs";
import path from "node:path";

/**
 * PGlite does not stop two processes from opening one data folder, and two writers silently lose committed rows.
 * Whoever opens the folder first takes this lock; anyone else stops with a message naming the holder.
 */
export class DatabaseFolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly holder: { pid: number; command: string },
  ) {
    super(
      `The database folder ${folder} is in use by process ${holder.pid} (${holder.command}). ` +
        `Stop that process first; only one server, seed or migrate run may use an embedded database at a time.`,
    );
    this.name = "DatabaseFolderInUseError";
  }
}

type LockInfo = { pid: number; command: string; since: string };

const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockInfo;
  } catch {
    return null;
  }
}

export function lockFileOf(folder: string): string {
  return path.join(path.dirname(path.resolve(folder)), `${path.basename(folder)}.lock`);
}

/** Takes the lock on `folder` for this process, or throws DatabaseFolderInUseError. Released when the process exits. */
export function acquireFolderLock(folder: string): void {
  const file = lockFileOf(folder);
  if (held.has(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const info: LockInfo = { pid: process.pid, command: process.argv.slice(1).join(" ").slice(0, 200), since: new Date().toISOString() };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: "wx" });
      held.add(file);
      process.once("exit", () => releaseFolderLock(folder));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(file);
    if (holder?.pid === process.pid) {
      held.add(file);
      return;
    }
    if (holder && isAlive(holder.pid)) throw new DatabaseFolderInUseError(folder, holder);
    // The holder died without cleaning up: the lock is stale.
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}`);
}

export function releaseFolderLock(folder: string): void {
  const file = lockFileOf(folder);
  if (!held.delete(file)) return;
  if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
}
