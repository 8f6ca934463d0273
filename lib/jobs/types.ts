/** What a handler gets besides its payload. */
export type JobContext = {
  jobId: string;
  organizationId: string | null;
  /**
   * Records how far the job is (for progress bars) and renews the runner's claim, so a long job is not taken over
   * while it is still being worked on. Call it every few seconds of work at least.
   */
  reportProgress: (done: number, total: number) => Promise<void>;
};

/** Does one job's work; its return value (JSON) is kept as the job's result. Throw to fail this attempt. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler validates its own payload
export type JobHandler = (payload: any, context: JobContext) => Promise<unknown>;

export type JobHandlers = Readonly<Record<string, JobHandler>>;

export type JobStatus = "queued" | "running" | "done" | "failed";

export type JobView = {
  id: string;
  kind: string;
  organizationId: string | null;
  status: JobStatus;
  progress: { done: number; total: number } | null;
  result: unknown;
  lastError: string | null;
  attempts: number;
  createdAt: Date;
  finishedAt: Date | null;
};
