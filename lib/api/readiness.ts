/** A reseller's readiness as the partner API reports it: the Resellers page's checklist, as booleans. */
export function readinessOf(row: { onboardedAt: Date | string | null; enrolledAt: Date | string | null; mpaAcceptedOn: string | null; status: string }) {
  const onboarded = row.onboardedAt !== null;
  const enrolled = row.enrolledAt !== null;
  const mpaSigned = row.mpaAcceptedOn !== null;
  const relationshipActive = row.status === "active";
  return { onboarded, enrolled, mpaSigned, relationshipActive, ready: onboarded && enrolled && mpaSigned && relationshipActive };
}
