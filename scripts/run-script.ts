import { DatabaseFolderInUseError } from "@/lib/db/folder-lock";

/** Runs a command-line task: a clear one-line message and exit code 1 on a known failure, the stack otherwise. */
export async function runScript(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (error instanceof DatabaseFolderInUseError) {
      console.error(`\n${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}
