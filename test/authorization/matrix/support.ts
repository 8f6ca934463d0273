import { randomInt, randomUUID } from "node:crypto";
import { everyone, fromTable, withFormTwin, type ActionEntry, type MatrixEntry } from "../matrix-types";
import { freshVerificationToken, pendingTerminationRequest, updateOrganization } from "./setup";

/** The onboarding decisions' form twins do not follow the "<action>Form" naming. */
function onboardingDecision(name: string, formName: string, entry: ActionEntry): Record<string, MatrixEntry> {
  const file = "app/(app)/support/actions.ts";
  return { [`${file}#${name}`]: entry, [`${file}#${formName}`]: { ...entry, call: "form" } };
}

export const supportEntries: Record<string, MatrixEntry> = {
  ...withFormTwin("app/(app)/support/actions.ts", "decideTermination", {
    kind: "action",
    input: async (world) => ({ requestId: await pendingTerminationRequest(world, "contoso", "litware"), decision: "approve", note: "" }),
    expect: fromTable("support.decide-termination"),
  }),
  ...onboardingDecision("approveOnboardingRequest", "approveOnboardingForm", {
    kind: "action",
    input: async (world) => {
      await updateOrganization(world, world.organization("litware"), { onboardingStatus: "submitted", onboardingSubmittedAt: new Date() });
      return { organizationId: world.organization("litware") };
    },
    expect: fromTable("support.verify-onboarding"),
  }),
  ...onboardingDecision("rejectOnboardingRequest", "rejectOnboardingForm", {
    kind: "action",
    input: async (world) => {
      await updateOrganization(world, world.organization("litware"), { onboardingStatus: "submitted", onboardingSubmittedAt: new Date() });
      return { organizationId: world.organization("litware"), reason: "The website does not answer." };
    },
    expect: fromTable("support.verify-onboarding"),
  }),
};

/** Public: a reseller organization signs itself up (the same for signed-in callers; Auth.js's signIn is mocked). */
export const publicEntries: Record<string, MatrixEntry> = {
  "app/(auth)/sign-up/actions.ts#signUpReseller": {
    kind: "action",
    call: "form",
    input: () => {
      const unique = randomUUID().slice(0, 8);
      return {
        legalName: `Matrix Reseller ${unique}`,
        country: "FR",
        partnerId: String(randomInt(10_000_000, 99_999_999)),
        cspTenantId: randomUUID(),
        adminName: "Matrix Admin",
        email: `admin-${unique}@matrix-reseller.example`,
        password: "a-long-enough-password",
      };
    },
    expect: everyone("done"),
  },
  // Public: the mailed token is the proof; a valid one confirms the address and goes on to sign-in, whoever follows it.
  "app/(auth)/verify-email/actions.ts#confirmEmailAddress": {
    kind: "action",
    call: "form",
    input: async (world) => ({ token: await freshVerificationToken(world, "lea@litware.example") }),
    expect: everyone("redirect"),
  },
  // Only a user still waiting for the link gets a new one; everyone else's address is confirmed already.
  ...withFormTwin("app/(auth)/verify-email/actions.ts", "resendVerificationEmail", {
    kind: "action",
    input: () => ({}),
    expect: fromTable("account.manage", { allowed: { refused: "already confirmed" }, except: { "unverified-admin": "ok" } }),
  }),
};
