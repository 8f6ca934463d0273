import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { FAILED_SHOWN, listFailedEmails, listFailedJobs } from "@/lib/data/failed-deliveries";
import { formatDateTime } from "@/lib/labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("support.deliveries");
  return { title: t("title") };
}

/** Program support sees what the background workers gave up on after their retries, with the last error. */
export default async function FailedDeliveriesPage() {
  const actor = await requireActor("support.view");
  const [emails, jobs, t, locale] = await Promise.all([listFailedEmails(actor), listFailedJobs(actor), getTranslations("support.deliveries"), getLocale()]);
  const shown = (total: number, key: "emailsFailed" | "jobsFailed") =>
    total > FAILED_SHOWN ? t("newestShown", { failed: t(key, { count: total }), shown: FAILED_SHOWN }) : `${t(key, { count: total })}.`;
  const emailsShown = shown(emails!.total, "emailsFailed");
  const jobsShown = shown(jobs!.total, "jobsFailed");
  const jobTitle = (job: NonNullable<typeof jobs>["rows"][number]) =>
    job.organizationId
      ? t.rich("jobFor", {
          kind: job.kind,
          organization: job.organizationName ?? "",
          link: (chunks) => (
            <Link href={`/support/directory/${job.organizationId}`} className="text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })
      : job.kind;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      <section className="card p-0" aria-labelledby="failed-emails-heading">
        <div className="px-4 pt-4">
          <h2 id="failed-emails-heading" className="text-lg font-medium">{t("emails")}</h2>
          <p className="text-sm text-slate-600" role="status">{emailsShown}</p>
        </div>
        {emails!.rows.length > 0 && (
          <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100 text-sm" data-testid="failed-emails">
            {emails!.rows.map((email) => (
              <li key={email.id} className="px-4 py-3">
                <p className="font-medium break-words">{email.subject}</p>
                <p className="text-slate-600 break-all">
                  {t("emailLine", {
                    recipient: email.recipient,
                    kind: email.kind,
                    attempts: email.attempts,
                    queued: formatDateTime(email.createdAt, locale),
                    failed: email.failedAt ? formatDateTime(email.failedAt, locale) : "",
                  })}
                </p>
                <p className="mt-1 break-words font-mono text-xs text-red-800">{email.lastError ?? t("noError")}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card p-0" aria-labelledby="failed-jobs-heading">
        <div className="px-4 pt-4">
          <h2 id="failed-jobs-heading" className="text-lg font-medium">{t("jobs")}</h2>
          <p className="text-sm text-slate-600" role="status">{jobsShown}</p>
        </div>
        {jobs!.rows.length > 0 && (
          <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100 text-sm" data-testid="failed-jobs">
            {jobs!.rows.map((job) => (
              <li key={job.id} className="px-4 py-3">
                <p className="font-medium">
                  {jobTitle(job)}
                </p>
                <p className="text-slate-600">
                  {t("jobLine", {
                    attempts: job.attempts,
                    queued: formatDateTime(job.createdAt, locale),
                    failed: job.finishedAt ? formatDateTime(job.finishedAt, locale) : "",
                  })}
                </p>
                <p className="mt-1 break-words font-mono text-xs text-red-800">{job.lastError ?? t("noError")}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
