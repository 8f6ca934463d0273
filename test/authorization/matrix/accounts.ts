import { randomUUID } from "node:crypto";
import { cells, everyone, fromTable, withFormTwin, type MatrixEntry } from "../matrix-types";
import { recordSession } from "@/lib/data/user-sessions";
import { eq } from "drizzle-orm";
import { organizations, users } from "@/lib/db/schema";
import { freshTeamInvitation, freshUserToken, memberOfTarget, ownOrganization, targetOf, withField } from "./setup";
import { MATRIX_PASSWORD, type Caller, type World } from "../world";

/** Admins of organization A act on their own team; the "other-*" admins and support aim at A's records and find nothing. */
const onATeam = { outside: "not-found" } as const;

async function organizationVersion(world: World, organizationId: string) {
  const [row] = await world.database.db.select({ version: organizations.version }).from(organizations).where(eq(organizations.id, organizationId));
  return row!.version;
}

async function sessionVersionOf(world: World, userId: string) {
  const [row] = await world.database.db.select({ version: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row!.version;
}

/** A's open team invitation for the caller's partner type (litware's for support and anonymous callers). */
const targetInvitation = async (world: World, caller: Caller) => (await freshTeamInvitation(world, world.organization(targetOf(caller) ?? "litware"))).id;

/** Accounts and teams: getting back in, colleagues and roles, organization details, sessions, email change. */
export const accountEntries: Record<string, MatrixEntry> = {
  // Public: anyone may choose a language (a cookie); a signed-in user's account keeps the choice too, even while they
  // still owe a step of the gate (they read those pages in their language as well).
  "app/language/actions.ts#chooseLanguageForm": {
    kind: "action",
    call: "form",
    input: () => ({ locale: "nl" }),
    expect: cells({ anonymous: "public", "two-factor-pending-member": "done", "unverified-admin": "done" }, "done"),
  },
  // Public: the same answer for everyone (and for any address); the throttle counts the request.
  "app/(auth)/forgot-password/actions.ts#requestPasswordResetForm": {
    kind: "action",
    call: "form",
    input: () => ({ email: "hugo@litware.example" }),
    expect: everyone("done"),
  },
  // Public: the mailed token is the proof; a valid one sets the password and goes on to sign-in, whoever follows it.
  "app/(auth)/forgot-password/actions.ts#resetPasswordForm": {
    kind: "action",
    call: "form",
    input: async (world) => ({
      token: await freshUserToken(world, "hugo@litware.example", "reset-password"),
      newPassword: "a-matrix-reset-password",
      confirmPassword: "a-matrix-reset-password",
    }),
    expect: everyone("redirect"),
  },
  // Public: the invitation's token is the proof; a valid one makes the account and goes on to sign-in.
  "app/(auth)/team-invitations/actions.ts#joinTeamForm": {
    kind: "action",
    call: "form",
    input: async (world) => ({
      token: (await freshTeamInvitation(world, world.organization("litware"))).token,
      name: "Matrix Colleague",
      newPassword: "a-matrix-colleague-password",
      confirmPassword: "a-matrix-colleague-password",
    }),
    expect: everyone("redirect"),
  },
  // Each admin invites into its own organization (and program support into support); members cannot invite.
  ...withFormTwin("app/(app)/team/actions.ts", "inviteColleague", {
    kind: "action",
    input: () => ({ email: `new-${randomUUID().slice(0, 8)}@matrix-team.example`, role: "member" }),
    expect: fromTable("team.invite"),
  }),
  ...withFormTwin("app/(app)/team/actions.ts", "resendTeamInvitation", {
    kind: "action",
    input: async (world, caller) => ({ invitationId: await targetInvitation(world, caller.name) }),
    withMissingRecord: withField("invitationId"),
    expect: fromTable("team.invite", onATeam),
  }),
  ...withFormTwin("app/(app)/team/actions.ts", "revokeTeamInvitation", {
    kind: "action",
    input: async (world, caller) => ({ invitationId: await targetInvitation(world, caller.name) }),
    withMissingRecord: withField("invitationId"),
    expect: fromTable("team.invite", onATeam),
  }),
  // Partner admins only; support staff have one role.
  ...withFormTwin("app/(app)/team/actions.ts", "changeMemberRole", {
    kind: "action",
    input: async (world, caller) => ({ userId: await memberOfTarget(world, caller.name), role: "admin" }),
    withMissingRecord: withField("userId"),
    expect: fromTable("team.change-role", onATeam),
  }),
  ...withFormTwin("app/(app)/team/actions.ts", "removeMember", {
    kind: "action",
    input: async (world, caller) => ({ userId: await memberOfTarget(world, caller.name) }),
    withMissingRecord: withField("userId"),
    expect: fromTable("team.remove", onATeam),
  }),
  // Acts on the caller's own organization (the id comes from the session); the version is the one the caller saw.
  ...withFormTwin("app/(app)/settings/organization/actions.ts", "updateOrganizationDetails", {
    kind: "action",
    input: async (world, caller) => ({
      legalName: `Renamed ${randomUUID().slice(0, 6)} Ltd`,
      address: "1 Matrix Way",
      website: "https://matrix.example",
      phone: "",
      contactName: "",
      contactEmail: "",
      expectedVersion: String(await organizationVersion(world, ownOrganization(world, caller))),
    }),
    expect: fromTable("organization.edit-details"),
  }),
  // A session of lea's (reseller A's admin): only she can sign it out; to anyone else it is a missing record.
  ...withFormTwin("app/(app)/settings/sessions/actions.ts", "signOutSession", {
    kind: "action",
    input: async (world) => {
      const lea = world.caller("reseller-admin");
      return { sessionId: await recordSession({ id: lea.userId!, sessionVersion: await sessionVersionOf(world, lea.userId!) }, { userAgent: "Matrix browser", address: "192.0.2.10" }) };
    },
    withMissingRecord: withField("sessionId"),
    // Open before two-factor set-up (ending a stolen session must not wait for it): lea's session is not theirs.
    expect: fromTable("account.manage", { allowed: "not-found", except: { "reseller-admin": "ok", "two-factor-pending-member": "not-found" } }),
  }),
  ...withFormTwin("app/(app)/settings/sessions/actions.ts", "signOutOtherSessions", {
    kind: "action",
    input: () => ({}),
    expect: fromTable("account.manage", { except: { "two-factor-pending-member": "ok" } }),
  }),
  // One's own address; the password is the matrix's. Everyone signed in may ask.
  ...withFormTwin("app/(app)/settings/email/actions.ts", "requestEmailChange", {
    kind: "action",
    input: () => ({ newEmail: `moved-${randomUUID().slice(0, 8)}@matrix-team.example`, currentPassword: MATRIX_PASSWORD }),
    expect: fromTable("account.manage"),
  }),
  // Public: the link mailed to the new address is the proof, whoever follows it.
  "app/(auth)/change-email/actions.ts#confirmEmailChangeForm": {
    kind: "action",
    call: "form",
    input: async (world) => ({ token: await freshUserToken(world, "hugo@litware.example", "change-email", `hugo-${randomUUID().slice(0, 8)}@litware.example`) }),
    expect: everyone("done"),
  },
};
