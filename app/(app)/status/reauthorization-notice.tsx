import { formatDate } from "@/lib/labels";
import { countdownText, WARNING_DAYS } from "@/lib/readiness/reauthorization";

/** The reseller's next yearly re-authorization by Partner Center, with the countdown and what to check before it. */
export function ReauthorizationNotice({ anniversary, dueOn, daysLeft }: { anniversary: string; dueOn: string; daysLeft: number }) {
  const near = daysLeft <= WARNING_DAYS[0];
  return (
    <section className={`card ${near ? "border-amber-300 bg-amber-50" : ""}`} aria-labelledby="reauthorization-heading" data-testid="reauthorization">
      <h2 id="reauthorization-heading" className="text-lg font-medium">Yearly re-authorization</h2>
      <p className="mt-1 text-sm">
        Partner Center re-authorizes your organization as an indirect reseller every year on the anniversary of its
        authorization ({formatDate(anniversary)}). The next one is on <strong>{formatDate(dueOn)}</strong>, {countdownText(daysLeft)}.
      </p>
      <p className="mt-1 text-sm text-slate-600">
        Before then, make sure your admins use multi-factor sign-in and your security contact is current. We remind your
        admins 90, 60 and 30 days before.
      </p>
    </section>
  );
}
