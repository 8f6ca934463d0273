import type { Actor } from "@/lib/data/actor";
import { listRelationshipsOfReseller } from "@/lib/data/relationships";
import { formatDate } from "@/lib/format";
import { relationshipStatusLabel } from "@/lib/relationship-labels";

/** A reseller's providers and where each relationship stands, including program support's decision on ending it. */
export async function ProviderRelationships({ actor }: { actor: Actor }) {
  const relationships = await listRelationshipsOfReseller(actor);
  return (
    <section className="card" aria-labelledby="providers-heading">
      <h2 id="providers-heading" className="text-lg font-medium">Your providers</h2>
      {relationships.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No provider yet. Open the invitation link a provider sent you to start.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 text-sm">
          {relationships.map((relationship) => (
            <li key={relationship.relationshipId} className="py-2" aria-label={relationship.providerName}>
              <span className="font-medium">{relationship.providerName}</span> ({relationship.providerPartnerId}, {relationship.providerCountry}):{" "}
              <strong>{relationshipStatusLabel[relationship.status]}</strong>
              {relationship.terminatedAt && ` on ${formatDate(relationship.terminatedAt)}`}
              {relationship.terminationStatus && relationship.terminationStatus !== "pending" && (
                <span className="text-slate-600">
                  {" "}· request to end {relationship.terminationStatus} by program support
                  {relationship.terminationNote && `: “${relationship.terminationNote}”`}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
