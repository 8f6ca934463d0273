"use server";

import { defineAction, formAction } from "@/lib/actions/define-action";
import { updateOrganizationDetails as update } from "@/lib/data/organization-details";
import { organizationDetailsSchema } from "@/lib/validation/accounts";

/** Partner admins edit their organization's legal name, address, website and contact; audited with before/after. */
export const updateOrganizationDetails = defineAction({
  input: organizationDetailsSchema,
  capability: "organization.edit-details",
  async run({ actor, input, tx, audit }) {
    const change = await update(tx, actor, input);
    await audit({ action: "organization.details-changed", entityType: "organization", entityId: actor.organizationId!, before: change.before, after: change.after });
    return { version: change.version };
  },
  revalidate: ["/settings/organization", "/settings"],
});
export const updateOrganizationDetailsForm = formAction(updateOrganizationDetails);
