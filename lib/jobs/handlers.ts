import "server-only";
import type { JobHandlers } from "./types";

/**
 * Every kind of background job and the function that runs it: one line per kind. A job whose kind is missing here
 * fails with a clear error instead of waiting forever.
 */
export const jobHandlers: JobHandlers = {};

/** Jobs that run on a schedule: the runner queues the next one once the last has finished this long ago. */
export const recurringJobs: ReadonlyArray<{ kind: string; everySeconds: number }> = [];
