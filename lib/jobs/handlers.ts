import "server-only";
import { queueScheduledSyncs, SYNC_ALL_JOB, syncPartnerCenter } from "@/lib/data/partner-center-sync";
import { runComplianceScanJob } from "@/lib/data/compliance-scan-run";
import type { JobHandlers } from "./types";
import { reauthorizationWarningsJob } from "@/lib/data/reauthorization";
import { runImportJob } from "@/lib/data/import-run";
import { deliverWebhookJob } from "@/lib/data/webhook-delivery";
import { WEBHOOK_DELIVER_JOB } from "@/lib/data/webhook-events";

/**
 * Every kind of background job and the function that runs it: one line per kind. A job whose kind is missing here
 * fails with a clear error instead of waiting forever.
 */
export const jobHandlers: JobHandlers = {
  "partner-center.sync": syncPartnerCenter,
  [SYNC_ALL_JOB]: queueScheduledSyncs,
  "compliance.scan": runComplianceScanJob,
  "reauthorization.warnings": reauthorizationWarningsJob,
  "import.run": runImportJob,
  [WEBHOOK_DELIVER_JOB]: deliverWebhookJob,
};

/** Jobs that run on a schedule: the runner queues the next one once the last has finished this long ago. */
export const recurringJobs: ReadonlyArray<{ kind: string; everySeconds: number }> = [
  { kind: SYNC_ALL_JOB, everySeconds: 6 * 3600 },
  { kind: "reauthorization.warnings", everySeconds: 24 * 60 * 60 },
];
