import { everyone, type MatrixEntry } from "../matrix-types";
import { freshUserToken } from "./setup";

/** Accounts and teams: getting back in, colleagues and roles, organization details, sessions, email change. */
export const accountEntries: Record<string, MatrixEntry> = {
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
};
