import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireFolderLock, DatabaseFolderInUseError, lockFileOf, releaseFolderLock } from "./folder-lock";

const tsx = path.resolve("node_modules/.bin/tsx");
const workdir = mkdtempSync(path.join(tmpdir(), "csp-lock-"));
const folder = path.join(workdir, "pglite");
let holder: ChildProcess;
let holderPid: number; // tsx runs the fixture in a child process of its own

beforeAll(async () => {
  holder = spawn(tsx, ["test/fixtures/hold-database.ts", folder], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.on("data", (chunk: Buffer) => {
      const match = /holding (\d+)/.exec(chunk.toString());
      if (match) {
        holderPid = Number(match[1]);
        resolve();
      }
    });
    holder.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
}, 60_000);

afterAll(() => {
  holder.kill();
  rmSync(workdir, { recursive: true, force: true });
});

describe("the embedded database folder lock", () => {
  it("stops a second opener in this process, naming the folder and the holder's process", () => {
    let error: unknown;
    try {
      acquireFolderLock(folder);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseFolderInUseError);
    expect((error as Error).message).toContain(folder);
    expect((error as Error).message).toContain(`process ${holderPid}`);
  });

  it("stops the migrate script with a clear message and exit code 1", () => {
    const run = spawnSync(tsx, ["scripts/db-migrate.ts"], {
      env: { ...process.env, PGLITE_DIR: folder, DATABASE_URL: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`The database folder ${folder} is in use by process ${holderPid}`);
  });

  it("takes over a lock whose holder has died", () => {
    const stale = path.join(workdir, "stale");
    writeFileSync(lockFileOf(stale), JSON.stringify({ pid: 2 ** 22 + 12345, command: "gone", since: "" }));
    expect(() => acquireFolderLock(stale)).not.toThrow();
    releaseFolderLock(stale);
  });
});
