import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { checkCredentials, clientAddressOf, completeSignIn, isThrottled, recordFailure, throttleKeys } from "@/lib/data/sign-in";
import { acceptSecondFactor, signInUserById } from "@/lib/data/two-factor";
import { makeTicket, readTicket } from "@/lib/auth/second-factor-ticket";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { endSession } from "@/lib/data/ended-sessions";
import { recordSession } from "@/lib/data/user-sessions";
import { signInCodeSchema, signInSchema } from "@/lib/validation/auth";

/** The password was right and the account uses two-factor sign-in: the form asks for a code, holding this ticket. */
export class SecondFactorRequired extends CredentialsSignin {
  code = "second-factor-required";
  constructor(readonly ticket: string) {
    super();
  }
}

/** A wrong or reused code in the second step (the password was right, so this reveals nothing about the account). */
export class SecondFactorWrong extends CredentialsSignin {
  code = "second-factor-wrong";
}

function secret(): string {
  const value = env().AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set.");
  return value;
}

export const { auth, handlers, signIn, signOut, unstable_update } = NextAuth({
  ...authConfig,
  events: {
    // Auth.js also signs out on its own route (POST /api/auth/signout, after its CSRF check), which by itself only
    // clears this browser's cookie. Every Auth.js sign-out passes through this event (that route, the app's button,
    // next-auth/react's signOut), so ending the session here makes each as final as the button: a copy of the cookie
    // is refused afterwards. That is why the route stays open rather than closed: one hook, no second meaning of
    // "sign out" to keep apart.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.userId && token.sessionId) await endSession(token.userId, token.sessionId);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, ticket: {}, code: {} },
      async authorize(raw, request) {
        const clientAddress = clientAddressOf(request.headers);
        if (raw?.ticket) return secondStep(raw, clientAddress, request.headers);
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await checkCredentials(parsed.data.email, parsed.data.password, clientAddress);
        if (!user) return null;
        if (user.twoFactor) throw new SecondFactorRequired(makeTicket(secret(), user.id, user.sessionVersion));
        await completeSignIn(user.email);
        const sessionId = await recordSession(user, clientOf(request.headers, clientAddress));
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, sessionId };
      },
    }),
  ],
});

/** What "Your sessions" shows of the browser that signed in. */
function clientOf(headers: Headers, address: string) {
  return { userAgent: headers.get("user-agent") ?? "", address };
}

async function secondStep(raw: Partial<Record<string, unknown>>, clientAddress: string, headers: Headers) {
  const ticket = readTicket(secret(), raw.ticket);
  const parsed = signInCodeSchema.safeParse(raw);
  if (!ticket) return null; // expired or forged: start again
  const user = await signInUserById(ticket.userId, ticket.sessionVersion);
  if (!user) return null;
  const keys = throttleKeys(user.email, clientAddress);
  if (await isThrottled(keys)) return null;
  if (!parsed.success || !(await acceptSecondFactor(await getDb(), user.id, parsed.data.code))) {
    await recordFailure(keys);
    throw new SecondFactorWrong();
  }
  await completeSignIn(user.email);
  return { ...user, sessionId: await recordSession(user, clientOf(headers, clientAddress)) };
}
