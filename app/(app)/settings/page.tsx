import type { Metadata } from "next";
import { requireActor } from "@/lib/data/require-actor";
import { DisplayNameForm } from "./display-name-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor();
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-medium">
          Your profile
        </h2>
        <p className="mt-1 text-sm text-slate-600">Signed in as {actor.email}.</p>
        <DisplayNameForm currentName={actor.name} />
      </section>
    </div>
  );
}
