import type { Metadata } from "next";
import { requireActor } from "@/lib/data/require-actor";
import { listResellersOfProvider } from "@/lib/data/relationships";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Resellers" };

export default async function ResellersPage() {
  const actor = await requireActor(["indirect-provider"]);
  const resellers = await listResellersOfProvider(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Resellers</h1>
      {resellers.length === 0 ? (
        <p className="card text-slate-600">You have no resellers yet. Invite one to get started.</p>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-4 py-2">Reseller</th>
                <th scope="col" className="px-4 py-2">Partner ID</th>
                <th scope="col" className="px-4 py-2">Country</th>
                <th scope="col" className="px-4 py-2">Relationship</th>
                <th scope="col" className="px-4 py-2">MPA</th>
              </tr>
            </thead>
            <tbody>
              {resellers.map((reseller) => (
                <tr key={reseller.relationshipId} className="border-b border-slate-100 last:border-0">
                  <td className="px-4 py-2 font-medium">{reseller.legalName}</td>
                  <td className="px-4 py-2 tabular-nums">{reseller.partnerId}</td>
                  <td className="px-4 py-2">{reseller.country}</td>
                  <td className="px-4 py-2">{reseller.status}</td>
                  <td className="px-4 py-2">{reseller.mpaAcceptedOn ? formatDate(reseller.mpaAcceptedOn) : "not accepted"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
