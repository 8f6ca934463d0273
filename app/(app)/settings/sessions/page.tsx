import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { currentSessionId } from "@/lib/auth/current-session";
import { listOwnSessions } from "@/lib/data/user-sessions";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Badge } from "@/components/ui/badge";
import { signOutOtherSessionsForm, signOutSessionForm } from "./actions";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.sessions"))("title") };
}

export default async function SessionsPage() {
  const actor = await requireActor();
  const sessions = await listOwnSessions(actor, await currentSessionId());
  const t = await getTranslations("settings");
  const locale = (await getLocale()) as Locale;
  const signOutLabel = (address: string) => t.rich("sessions.signOutOne", { address, hidden: (chunks) => <span className="sr-only">{chunks}</span> });
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">{t("title")}</Link> / {t("sessions.title")}
      </p>
      <h1 className="text-2xl font-semibold">{t("sessions.title")}</h1>
      <p className="text-sm text-slate-600">{t("sessions.intro")}</p>
      {sessions.length === 0 ? (
        <EmptyState variant="card">{t("sessions.empty")}</EmptyState>
      ) : (
        <ul className="card divide-y divide-slate-100 p-0">
          {sessions.map((session) => (
            <li key={session.sessionId} className="flex flex-wrap items-start gap-3 px-6 py-4 text-sm" data-testid="session">
              <div className="min-w-0 flex-1">
                <p className="font-medium break-words">{session.userAgent}</p>
                <p className="text-slate-600">
                  {t("sessions.fromSignedIn", { address: session.clientAddress, signedIn: formatDateTime(session.signedInAt, locale) })}
                  {session.current && <Badge tone="green" className="ml-2">{t("sessions.thisBrowser")}</Badge>}
                </p>
              </div>
              {!session.current && (
                <ConfirmAction compact
                  action={signOutSessionForm}
                  fields={{ sessionId: session.sessionId }}
                  label={signOutLabel(session.clientAddress)}
                  question={t("sessions.signOutOneQuestion")}
                  confirmLabel={t("sessions.signOutOneConfirm")}
                  pendingLabel={t("sessions.signingOut")}
                  success={t("sessions.signedOut")}
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
          label={t("sessions.signOutOthers")}
          question={t("sessions.signOutOthersQuestion")}
          confirmLabel={t("sessions.signOutOthersConfirm")}
          pendingLabel={t("sessions.signingOut")}
          success={t("sessions.othersSignedOut")}
        />
      )}
    </div>
  );
}
