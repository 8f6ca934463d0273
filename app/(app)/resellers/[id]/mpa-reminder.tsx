import { formatDate } from "@/lib/labels";
import { ActionButton } from "@/components/action-button";
import { remindToSignMpaForm } from "./mpa-reminder-actions";

/**
 * For a reseller that has not signed the MPA: when the provider last reminded it, and (for admins) a button to remind
 * it again once a week has passed.
 */
export function MpaReminder({
  resellerId,
  resellerName,
  reminder,
  isAdmin,
}: {
  resellerId: string;
  resellerName: string;
  reminder: { lastSentAt: Date; nextAllowedAt: Date; canSendAgain: boolean } | null;
  isAdmin: boolean;
}) {
  const waiting = reminder !== null && !reminder.canSendAgain;
  return (
    <section className="card space-y-2" aria-labelledby="mpa-reminder-heading" data-testid="mpa-reminder">
      <h2 id="mpa-reminder-heading" className="text-lg font-medium">Remind to sign the MPA</h2>
      <p className="text-sm text-slate-600">
        {resellerName} has not accepted the Microsoft Partner Agreement, so you cannot record it on new subscriptions.{" "}
        {reminder ? `You last reminded its admins on ${formatDate(reminder.lastSentAt)}.` : "You have not reminded it yet."}
      </p>
      {isAdmin &&
        (waiting ? (
          // Replaces the button once a reminder is sent (the page re-renders): announced as the outcome.
          <p role="status" className="text-sm text-slate-600">You can send the next reminder from {formatDate(reminder!.nextAllowedAt)} (at most one a week).</p>
        ) : (
          <ActionButton
            action={remindToSignMpaForm}
            fields={{ resellerId }}
            label="Send a reminder"
            pendingLabel="Sending…"
            success="Reminder sent to its admins."
            secondary
          />
        ))}
    </section>
  );
}
