import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { checkCredentials } from "@/lib/data/sign-in";
import { signInSchema } from "@/lib/validation/auth";

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const clientAddress = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
        const user = await checkCredentials(parsed.data.email, parsed.data.password, clientAddress);
        return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
      },
    }),
  ],
});
