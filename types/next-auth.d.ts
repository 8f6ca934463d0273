import "next-auth";
import "next-auth/jwt";

// The token carries only who signed in and which session generation; role and organization are re-read from the
// database on every request, so a change there takes effect at once.
declare module "next-auth" {
  interface User {
    sessionVersion: number;
    /** Recorded at sign-in in user_sessions. */
    sessionId?: string;
  }
  interface Session {
    sessionVersion: number;
    /** This browser's session; signing out records it as ended. */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: string;
    sessionVersion: number;
    sessionId?: string;
    /** Seconds since the epoch: sign-in time (absolute lifetime) and last request (idle timeout). */
    issuedAt?: number;
    lastSeen?: number;
  }
}
