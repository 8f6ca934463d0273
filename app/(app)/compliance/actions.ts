"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { scanScopeOf, startComplianceScan } from "@/lib/data/compliance-scan";
import { startScanSchema } from "@/lib/validation/compliance";

/** Starts the compliance scan of the caller's book as a background job (or joins the one already running). */
export const startScan = defineAction({
  input: startScanSchema,
  capability: "compliance.scan",
  async run({ actor, tx, audit }) {
    const started = await startComplianceScan(tx, actor);
    if (!started.alreadyRunning) {
      await audit({ action: "compliance-scan.started", entityType: "compliance-scan", entityId: started.scanId, after: { scope: scanScopeOf(actor) ?? "everything" } });
    } else {
      await audit({ action: "compliance-scan.joined", entityType: "compliance-scan", entityId: started.scanId });
    }
    return started;
  },
  revalidate: ["/compliance"],
});
export const startScanForm = formAction(startScan);
