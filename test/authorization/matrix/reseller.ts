import { fromTable, withFormTwin, type MatrixEntry } from "../matrix-types";
import { freshInvitation, liveRelationship, pendingTerminationRequest, updateOrganization, withField } from "./setup";
import { MATRIX_PROVIDER, callers, type World } from "../world";

/**
 * An indirect reseller's actions: answering invitations and asking to end a relationship (reseller admins only).
 * The invitations come from a provider in litware's region it has no relationship with, so litware can accept.
 */
// Addressed to litware's Partner ID, at an email another organization signed up with and proved (the impostor).
const toLitware = (world: World) => freshInvitation(world, MATRIX_PROVIDER.key, { email: callers["invited-email-impostor"], partnerId: "5200004" });
const onLitwareRecord = { outside: "not-found" } as const;
// The link's token is a bearer secret; another reseller holding it is told the invitation names another Partner ID.
const byToken = fromTable("provider.answer-invitation", { except: { "other-reseller-admin": { refused: "is for Partner ID 5200004" } } });

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
    expect: fromTable("provider.answer-invitation", onLitwareRecord),
  }),
  ...withFormTwin("app/(app)/providers/actions.ts", "declineProviderInvitation", {
    kind: "action",
    input: async (world) => ({ invitationId: (await toLitware(world)).id }),
    withMissingRecord: withField("invitationId"),
    expect: fromTable("provider.answer-invitation", onLitwareRecord),
  }),
  ...withFormTwin("app/(app)/providers/actions.ts", "requestProviderRelationshipEnd", {
    kind: "action",
    input: async (world) => ({ relationshipId: (await liveRelationship(world, "contoso", "litware")).id, reason: "Moving on, for the matrix." }),
    withMissingRecord: withField("relationshipId"),
    expect: fromTable("provider.request-end", onLitwareRecord),
  }),
  ...withFormTwin("app/(app)/providers/actions.ts", "withdrawProviderRelationshipEnd", {
    kind: "action",
    input: async (world) => ({ requestId: await pendingTerminationRequest(world, "contoso", "litware", "litware") }),
    withMissingRecord: withField("requestId"),
    expect: fromTable("provider.request-end", onLitwareRecord),
  }),
};

/** Readiness steps on the caller's own organization (ids from the session): its admins only, set up so each can. */
const status = "app/(app)/status/actions.ts";
const allCapabilities = { hasApiIntegration: true, providesBilling: true, providesSupport: true, providesManagedServices: true };

export const statusEntries: Record<string, MatrixEntry> = {
  ...withFormTwin(status, "acceptMpa", {
    kind: "action",
    input: async (world, caller) => {
      if (caller.organizationId) await updateOrganization(world, caller.organizationId, { mpaAcceptedOn: null, mpaSignerName: null, mpaSignerTitle: null, mpaSignerEmail: null });
      return { signerName: "Matrix Signer", signerTitle: "Director", signerEmail: "signer@example.com", confirm: "on" };
    },
    expect: fromTable("organization.accept-mpa"),
  }),
  ...withFormTwin(status, "submitOnboarding", {
    kind: "action",
    input: async (world, caller) => {
      if (caller.organizationId) await updateOrganization(world, caller.organizationId, { onboardingStatus: "not-submitted" });
      return { address: "1 Matrix Street, Paris", website: "https://matrix.example", phone: "+33 1 23 45 67 89" };
    },
    expect: fromTable("organization.submit-onboarding"),
  }),
  ...withFormTwin(status, "enrollAsIndirectReseller", {
    kind: "action",
    input: async (world, caller) => {
      if (caller.organizationId) await updateOrganization(world, caller.organizationId, { resellerEnrolledAt: null, resellerEnrolledBy: null });
      return {};
    },
    expect: fromTable("organization.enroll-reseller"),
  }),
  ...withFormTwin(status, "recordDirectBillCapabilities", {
    kind: "action",
    input: () => ({ apiIntegration: "on", billing: "on", support: "on", managedServices: "on" }),
    expect: fromTable("organization.record-direct-bill-capabilities"),
  }),
  ...withFormTwin(status, "enrollAsDirectBillPartner", {
    kind: "action",
    input: async (world, caller) => {
      if (caller.organizationId) await updateOrganization(world, caller.organizationId, { ...allCapabilities, directBillEnrolledAt: null, directBillEnrolledBy: null });
      return {};
    },
    expect: fromTable("organization.enroll-direct-bill"),
  }),
};
