/** Tells a member who in the organization may take an admin-only step. */
export function AdminsOnly({ admins, what }: { admins: string[]; what: string }) {
  return (
    <p className="mt-2 text-sm text-slate-600">
      Only an organization admin can {what}.{" "}
      {admins.length > 0 ? `Ask ${admins.join(" or ")}.` : "Your organization has no admin yet; contact program support."}
    </p>
  );
}
