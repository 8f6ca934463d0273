"use server";

import { z } from "zod";
import { defineAction, formAction } from "@/lib/actions/define-action";
import { appUrl } from "@/lib/env";
import { disconnectPartnerCenter, partnerCenterSignInUrl, requestPartnerCenterSync } from "@/lib/data/partner-center";

const noInput = z.object({}).loose();
const PARTNER_CENTER_CALLBACK_PATH = "/api/partner-center/callback";

/** Where the browser goes to sign in to Partner Center; the answer comes back to the callback route. */
export const startPartnerCenterSignIn = defineAction({
  input: noInput,
  capability: "partner-center.manage",
  readOnly: true,
  async run({ actor }) {
    return { url: await partnerCenterSignInUrl(actor, `${appUrl()}${PARTNER_CENTER_CALLBACK_PATH}`) };
  },
});

export const disconnect = defineAction({
  input: noInput,
  capability: "partner-center.manage",
  run: ({ actor, tx, audit }) => disconnectPartnerCenter(tx, actor, audit),
  revalidate: ["/settings/partner-center", "/resellers/reconciliation"],
});
export const disconnectForm = formAction(disconnect);

export const syncNow = defineAction({
  input: noInput,
  capability: "partner-center.manage",
  async run({ actor, tx, audit }) {
    const job = await requestPartnerCenterSync(tx, actor, audit);
    return { jobId: job.id, alreadyWaiting: !job.created };
  },
  revalidate: ["/settings/partner-center"],
});
export const syncNowForm = formAction(syncNow);
