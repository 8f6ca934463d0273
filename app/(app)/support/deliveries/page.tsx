import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { FAILED_SHOWN, listFailedEmails, listFailedJobs } from "@/lib/data/failed-deliveries";
import { formatDateTime } from "@/lib/labels";

export const metadata: Metadata = { title: "Failed deliveries" };

function shown(total: number, what: string) {
  if (total === 0) return `No ${what} failed.`;
  const count = total === 1 ? `1 ${what.replace(/s$/, "")} failed` : `${total.toLocaleString("en")} ${what} failed`;
  return total > FAILED_SHOWN ? `${count}; the newest ${FAILED_SHOWN} are shown.` : `${count}.`;
}

/** Program support sees what the background workers gave up on after their retries, with the last error. */
export default async function FailedDeliveriesPage() {
  const actor = await requireActor("support.view");
  const [emails, jobs] = await Promise.all([listFailedEmails(actor), listFailedJobs(actor)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Failed deliveries</h1>
        <p className="text-sm text-slate-600">Emails and background jobs that still failed after every retry. Newest failure first; times in UTC.</p>
      </div>
      <section className="card p-0" aria-labelledby="failed-emails-heading">
        <div className="px-4 pt-4">
          <h2 id="failed-emails-heading" className="text-lg font-medium">Emails</h2>
          <p className="text-sm text-slate-600" role="status">{shown(emails!.total, "emails")}</p>
        </div>
        {emails!.rows.length > 0 && (
          <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100 text-sm" data-testid="failed-emails">
            {emails!.rows.map((email) => (
              <li key={email.id} className="px-4 py-3">
                <p className="font-medium break-words">{email.subject}</p>
                <p className="text-slate-600 break-all">
                  To {email.recipient} · {email.kind} · {email.attempts} attempts · queued {formatDateTime(email.createdAt)} · failed{" "}
                  {email.failedAt && formatDateTime(email.failedAt)}
                </p>
                <p className="mt-1 break-words font-mono text-xs text-red-800">{email.lastError ?? "No error recorded"}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card p-0" aria-labelledby="failed-jobs-heading">
        <div className="px-4 pt-4">
          <h2 id="failed-jobs-heading" className="text-lg font-medium">Background jobs</h2>
          <p className="text-sm text-slate-600" role="status">{shown(jobs!.total, "jobs")}</p>
        </div>
        {jobs!.rows.length > 0 && (
          <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100 text-sm" data-testid="failed-jobs">
            {jobs!.rows.map((job) => (
              <li key={job.id} className="px-4 py-3">
                <p className="font-medium">
                  {job.kind}
                  {job.organizationId && (
                    <>
                      {" "}for{" "}
                      <Link href={`/support/directory/${job.organizationId}`} className="text-brand-700 underline">
                        {job.organizationName}
                      </Link>
                    </>
                  )}
                </p>
                <p className="text-slate-600">
                  {job.attempts} attempts · queued {formatDateTime(job.createdAt)} · failed {job.finishedAt && formatDateTime(job.finishedAt)}
                </p>
                <p className="mt-1 break-words font-mono text-xs text-red-800">{job.lastError ?? "No error recorded"}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
