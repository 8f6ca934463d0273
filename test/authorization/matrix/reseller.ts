import { withFormTwin, type MatrixEntry } from "../matrix-types";
import { freshInvitation, liveRelationship, only, pendingTerminationRequest, updateOrganization, withField } from "./setup";
import { MATRIX_PROVIDER, callers, type World } from "../world";

/**
 * An indirect reseller's actions: answering invitations and asking to end a relationship (reseller admins only).
 * The invitations come from a provider in litware's region it has no relationship with, so litware can accept.
 */
// Addressed to litware's Partner ID, at an email another organization signed up with and proved (the impostor).
const toLitware = (world: World) => freshInvitation(world, MATRIX_PROVIDER.key, { email: callers["invited-email-impostor"], partnerId: "5200004" });
const onLitwareRecord = only({ "reseller-admin": "ok", "other-reseller-admin": "not-found" });
// The link's token is a bearer secret; another reseller holding it is told the invitation names another Partner ID.
const byToken = only({ "reseller-admin": "ok", "other-reseller-admin": { refused: "is for Partner ID 5200004" } });

export const resellerEntries: Record<string, MatrixEntry> = {
  ...withFormTwin("app/(app)/invitations/actions.ts", "acceptInvitation", {
    kind: "action",
    input: async (world) => ({ token: (await toLitware(world)).token }),
    expect: byToken,
  }),
  ...withFormTwin("app/(app)/invitations/actions.ts", "declineInvitation", {
    kind: "action",
    input: async (world) => ({ token: (await toLitware(world)).token }),
    expect: byToken,
  }),
  ...withFormTwin("app/(app)/providers/actions.ts", "acceptProviderInvitation", {
    kind: "action",
    input: async (world) => ({ invitationId: (await toLitware(world)).id }),
    withMissingRecord: withField("invitationId"),
    expect: onLitwareRecord,
  }),
  ...withFormTwin("app/(app)/providers/actions.ts", "declineProviderInvitation", {
    kind: "action",
    input: async (world) => ({ invitationId: (await toLitware(world)).id }),
    withMissingRecord: withField("invitationId"),
    expect: onLitwareRecord,
  }),
  ...withFormTwin("app/(app)/providers/actions.ts", "requestProviderRelationshipEnd", {
    kind: "action",
    input: async (world) => ({ relationshipId: (await liveRelationship(world, "contoso", "litware")).id, reason: "Moving on, for the matrix." }),
    withMissingRecord: withField("relationshipId"),
    expect: onLitwareRecord,
  }),
  ...withFormTwin("app/(app)/providers/actions.ts", "withdrawProviderRelationshipEnd", {
    kind: "action",
    input: async (world) => ({ requestId: await pendingTerminationRequest(world, "contoso", "litware", "litware") }),
    withMissingRecord: withField("requestId"),
    expect: onLitwareRecord,
  }),
};

/** Readiness steps on the caller's own organization (ids from the session): its admins only, set up so each can. */
const status = "app/(app)/status/actions.ts";
const admins = only({
  "provider-admin": "ok",
  "reseller-admin": "ok",
  "direct-bill-admin": "ok",
  "other-provider-admin": "ok",
  "other-reseller-admin": "ok",
  "other-direct-bill-admin": "ok",
});
const resellerAdmins = only({ "reseller-admin": "ok", "other-reseller-admin": "ok" });
const directBillAdmins = only({ "direct-bill-admin": "ok", "other-direct-bill-admin": "ok" });
const allCapabilities = { hasApiIntegration: true, providesBilling: true, providesSupport: true, providesManagedServices: true };

export const statusEntries: Record<string, MatrixEntry> = {
  ...withFormTwin(status, "acceptMpa", {
    kind: "action",
    input: async (world, caller) => {
      if (caller.organizationId) await updateOrganization(world, caller.organizationId, { mpaAcceptedOn: null, mpaSignerName: null, mpaSignerTitle: null, mpaSignerEmail: null });
      return { signerName: "Matrix Signer", signerTitle: "Director", signerEmail: "signer@example.com", confirm: "on" };
    },
    expect: admins,
  }),
  ...withFormTwin(status, "submitOnboarding", {
    kind: "action",
    input: async (world, caller) => {
      if (caller.organizationId) await updateOrganization(world, caller.organizationId, { onboardingStatus: "not-submitted" });
      return { address: "1 Matrix Street, Paris", website: "https://matrix.example", phone: "+33 1 23 45 67 89" };
    },
    expect: admins,
  }),
  ...withFormTwin(status, "enrollAsIndirectReseller", {
    kind: "action",
    input: async (world, caller) => {
      if (caller.organizationId) await updateOrganization(world, caller.organizationId, { resellerEnrolledAt: null, resellerEnrolledBy: null });
      return {};
    },
    expect: resellerAdmins,
  }),
  ...withFormTwin(status, "recordDirectBillCapabilities", {
    kind: "action",
    input: () => ({ apiIntegration: "on", billing: "on", support: "on", managedServices: "on" }),
    expect: directBillAdmins,
  }),
  ...withFormTwin(status, "enrollAsDirectBillPartner", {
    kind: "action",
    input: async (world, caller) => {
      if (caller.organizationId) await updateOrganization(world, caller.organizationId, { ...allCapabilities, directBillEnrolledAt: null, directBillEnrolledBy: null });
      return {};
    },
    expect: directBillAdmins,
  }),
};
