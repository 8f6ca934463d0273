import { randomUUID } from "node:crypto";
import { fromTable, routeFromTable, withFormTwin, type MatrixEntry } from "../matrix-types";
import { freshInvitation, withField } from "./setup";

/** An indirect provider's actions on its resellers: admins change, members read (app/(app)/resellers). */
const file = "app/(app)/resellers/actions.ts";
/** Contoso's admin acts on its own record; Fabrikam's admin on Contoso's record gets "not found". */
const onContosoRecord = { outside: "not-found" } as const;

export const providerEntries: Record<string, MatrixEntry> = {
  ...withFormTwin(file, "inviteReseller", {
    kind: "action",
    input: () => ({ email: `invitee-${randomUUID().slice(0, 8)}@example.com` }),
    expect: fromTable("reseller.invite"),
  }),
  ...withFormTwin(file, "revokeInvitation", {
    kind: "action",
    input: async (world) => ({ invitationId: (await freshInvitation(world, "contoso", { email: "someone@example.com" })).id }),
    withMissingRecord: withField("invitationId"),
    expect: fromTable("reseller.invite", onContosoRecord),
  }),
  ...withFormTwin(file, "resendInvitation", {
    kind: "action",
    input: async (world) => ({ invitationId: (await freshInvitation(world, "contoso", { email: "someone@example.com" })).id }),
    withMissingRecord: withField("invitationId"),
    expect: fromTable("reseller.invite", onContosoRecord),
  }),
  ...withFormTwin(file, "requestTermination", {
    kind: "action",
    input: (world) => ({ resellerId: world.organization("litware"), reason: "Ending it, for the matrix." }),
    withMissingRecord: withField("resellerId"),
    expect: fromTable("reseller.request-termination", onContosoRecord),
  }),
  ...withFormTwin(file, "createSubscription", {
    kind: "action",
    input: (world) => ({
      resellerId: world.organization("litware"),
      customerId: "",
      customerName: "Matrix Bakery SARL",
      customerCountry: "FR",
      offerName: "Microsoft 365 Business Premium",
      publisher: "first-party",
      quantity: 5,
      requestKey: randomUUID(),
    }),
    withMissingRecord: withField("resellerId"),
    expect: fromTable("subscription.create", onContosoRecord),
  }),
  [`${file}#verifyPartnerIds`]: {
    kind: "action",
    input: () => ({ lines: ["5200004", "5200003", "not-an-id"], firstLine: 1 }),
    expect: fromTable("reseller.verify-mpa", { allowed: "read" }),
  },
  "app/(app)/resellers/export/route.ts#GET": {
    kind: "route",
    request: () => new Request("http://localhost/resellers/export?status=all&q=a"),
    expect: routeFromTable("reseller.view", { anonymous: { status: 401 }, allowed: { status: 200 }, refused: { status: 404 } }),
  },
};
