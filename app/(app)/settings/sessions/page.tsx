import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { currentSessionId } from "@/lib/auth/current-session";
import { listOwnSessions } from "@/lib/data/user-sessions";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Badge } from "@/components/ui/badge";
import { signOutOtherSessionsForm, signOutSessionForm } from "./actions";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Your sessions" };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function SessionsPage() {
  const actor = await requireActor();
  const sessions = await listOwnSessions(actor, await currentSessionId());
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">Settings</Link> / Your sessions
      </p>
      <h1 className="text-2xl font-semibold">Your sessions</h1>
      <p className="text-sm text-slate-600">
        Where your account is signed in now. A session ends by itself after 30 minutes without use or 8 hours after
        signing in. Changing your password or two-factor setting signs out every other session too.
      </p>
      {sessions.length === 0 ? (
        <EmptyState variant="card">No recorded sessions. Sessions are recorded from the next sign-in.</EmptyState>
      ) : (
        <ul className="card divide-y divide-slate-100 p-0">
          {sessions.map((session) => (
            <li key={session.sessionId} className="flex flex-wrap items-start gap-3 px-6 py-4 text-sm" data-testid="session">
              <div className="min-w-0 flex-1">
                <p className="font-medium break-words">{session.userAgent}</p>
                <p className="text-slate-600">
                  From {session.clientAddress} · signed in {timeFormat.format(session.signedInAt)} UTC
                  {session.current && <Badge tone="green" className="ml-2">This browser</Badge>}
                </p>
              </div>
              {!session.current && (
                <ConfirmAction compact
                  action={signOutSessionForm}
                  fields={{ sessionId: session.sessionId }}
                  label={<>Sign out<span className="sr-only"> the session from {session.clientAddress}</span></>}
                  question="Sign this session out? That browser will have to sign in again."
                  confirmLabel="Yes, sign it out"
                  pendingLabel="Signing out…"
                  success="Signed out."
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Stays after signing the others out, so its answer can be read. */}
      {sessions.length > 0 && (
        <ConfirmAction compact
          action={signOutOtherSessionsForm}
          fields={{}}
          label="Sign out all other sessions"
          question="Sign out every other session of your account? This browser stays signed in."
          confirmLabel="Yes, sign them out"
          pendingLabel="Signing out…"
          success="Your other sessions are signed out."
        />
      )}
    </div>
  );
}
