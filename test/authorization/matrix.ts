import { eq } from "drizzle-orm";
import { organizations, users } from "@/lib/db/schema";
import { totp } from "@/lib/auth/totp";
import { scenarioRequestBody } from "./requests";
import { everyone, fromTable, withFormTwin, type MatrixEntry } from "./matrix-types";
import { MATRIX_PASSWORD, type World } from "./world";
import { accountEntries } from "./matrix/accounts";
import { complianceEntries } from "./matrix/compliance";
import { auditEntries } from "./matrix/audit";
import { customerEntries } from "./matrix/customers";
import { customerConsentEntries } from "./matrix/customer-consent";
import { providerEntries } from "./matrix/provider";
import { partnerCenterEntries } from "./matrix/partner-center";
import { resellerEntries, statusEntries } from "./matrix/reseller";
import { publicEntries, supportEntries } from "./matrix/support";
import { notificationEntries } from "./matrix/notifications";
import { importEntries } from "./matrix/imports";
import { apiEntries } from "./matrix/api";
import { webhookEntries } from "./matrix/webhooks";

/**
 * The authorization matrix: one entry per server action and route handler (key: "<file>#<export>"). The test
 * discovers the app's endpoints itself and fails for any without an entry here, and for entries whose endpoint is
 * gone. To add an action: its key, how to build a valid input aimed at organization A's record, and the outcome per
 * caller (see matrix-types.ts for the shorthands). Actions that take a record id should give `withMissingRecord`.
 * Entries by area live in matrix/*.ts; set-up helpers for inputs in matrix/setup.ts.
 */

const TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const now = () => Math.floor(Date.now() / 1000);

async function setTotp(world: World, userId: string | null, enabled: boolean) {
  if (!userId) return;
  await world.database.db
    .update(users)
    .set({ totpSecret: TOTP_SECRET, totpEnabledAt: enabled ? new Date() : null, totpLastUsedStep: null })
    .where(eq(users.id, userId));
}

async function organizationVersion(world: World, organizationId: string) {
  const [row] = await world.database.db.select({ version: organizations.version }).from(organizations).where(eq(organizations.id, organizationId));
  return row!.version;
}

/** Setting up two-factor sign-in is open to the user whose organization requires it (not before the email step). */
const beforeTwoFactorToo = fromTable("account.manage", { except: { "two-factor-pending-member": "ok" } });

export const matrix: Record<string, MatrixEntry> = {
  ...providerEntries,
  ...partnerCenterEntries,
  ...resellerEntries,
  ...statusEntries,
  ...customerEntries,
  ...customerConsentEntries,
  ...supportEntries,
  ...publicEntries,
  ...accountEntries,
  ...complianceEntries,
  ...notificationEntries,
  ...webhookEntries,
  ...auditEntries,
  ...importEntries,
  ...apiEntries,
  ...withFormTwin("app/(app)/settings/actions.ts", "changeDisplayName", {
    kind: "action",
    input: () => ({ name: "Renamed By Matrix" }),
    expect: fromTable("account.manage"),
  }),
  ...withFormTwin("app/(app)/settings/actions.ts", "changePassword", {
    kind: "action",
    input: () => ({ currentPassword: MATRIX_PASSWORD, newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" }),
    expect: fromTable("account.manage"),
  }),
  ...withFormTwin("app/(app)/settings/two-factor/actions.ts", "startTwoFactorEnrolment", {
    kind: "action",
    input: () => ({}),
    expect: beforeTwoFactorToo,
  }),
  ...withFormTwin("app/(app)/settings/two-factor/actions.ts", "confirmTwoFactorEnrolment", {
    kind: "action",
    input: async (world, caller) => {
      await setTotp(world, caller.userId, false);
      return { code: totp(TOTP_SECRET, now()) };
    },
    expect: beforeTwoFactorToo,
  }),
  ...withFormTwin("app/(app)/settings/two-factor/actions.ts", "turnOffTwoFactor", {
    kind: "action",
    input: async (world, caller) => {
      // Not for the caller who must still set it up: turned on, they would be through the gate.
      if (caller.name !== "two-factor-pending-member") await setTotp(world, caller.userId, true);
      return { code: totp(TOTP_SECRET, now()) };
    },
    expect: fromTable("account.manage"),
  }),
  ...withFormTwin("app/(app)/settings/actions.ts", "setRequireTwoFactor", {
    kind: "action",
    // Acts on the caller's own organization (ids come from the session); the version is the one the caller saw.
    input: async (world, caller) => ({
      required: "true",
      expectedVersion: String(await organizationVersion(world, caller.organizationId ?? world.organization("contoso"))),
    }),
    expect: fromTable("organization.require-two-factor"),
  }),
  "app/(auth)/sign-in/actions.ts#signInWithPassword": {
    kind: "action",
    call: "form",
    // Auth.js's signIn is mocked in Vitest (the real one runs in e2e/sign-in.spec.ts and e2e/two-factor.spec.ts).
    input: () => ({ email: "lea@litware.example", password: MATRIX_PASSWORD }),
    expect: everyone("redirect"),
  },
  "app/(auth)/sign-in/actions.ts#signOutNow": { kind: "action", call: "none", input: () => ({}), expect: everyone("public") },

  "app/api/v1/evaluate/route.ts#POST": {
    kind: "route",
    request: () => new Request("http://localhost/api/v1/evaluate", { method: "POST", headers: { "content-type": "application/json" }, body: scenarioRequestBody }),
    expect: everyone({ status: 200 }),
  },
  "app/api/v1/evaluate/schema/route.ts#GET": { kind: "route", request: () => new Request("http://localhost/api/v1/evaluate/schema"), expect: everyone({ status: 200 }) },
  "app/api/v1/rules/route.ts#GET": { kind: "route", request: () => new Request("http://localhost/api/v1/rules"), expect: everyone({ status: 200 }) },
  "app/api/v1/health/route.ts#GET": { kind: "route", request: () => new Request("http://localhost/api/v1/health"), expect: everyone({ status: 200 }) },
  "app/api/auth/[...nextauth]/route.ts#GET": {
    kind: "delegated",
    coveredBy: "e2e/sign-in.spec.ts, e2e/security-headers.spec.ts",
    reason: "Auth.js's own endpoints (csrf, session, providers); public by design and unit-tested upstream.",
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    kind: "delegated",
    coveredBy: "e2e/sign-in.spec.ts, e2e/two-factor.spec.ts",
    reason: "Auth.js's credentials callback runs our authorize(); throttling and two-factor are tested there and in lib/data.",
  },
};

