import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CUSTOMER_INVITATION_NOT_VALID, getCustomerInvitationByToken } from "@/lib/data/customer-admins";
import { JoinCustomerForm } from "./join-customer-form";

export const metadata: Metadata = { title: "Join as your company's admin" };

type Props = { params: Promise<{ token: string }> };

/** Where the customer admin's mailed invitation leads. Opening it changes nothing; the form uses the link. */
export default async function JoinCustomerPage({ params }: Props) {
  const { token } = await params;
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) notFound();
  const invitation = await getCustomerInvitationByToken(token);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      {invitation.state === "not-valid" ? (
        <>
          <h1 className="text-2xl font-semibold">This invitation cannot be used</h1>
          <p role="alert" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">{CUSTOMER_INVITATION_NOT_VALID}</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">Admin of {invitation.customerName}</h1>
          <p className="mt-2 text-sm text-slate-600">
            You are invited as the admin of {invitation.customerName} with <strong>{invitation.email}</strong>: you will see
            the partners that serve it and decide which may manage its subscriptions. Choose your name and a password to finish.
          </p>
          <JoinCustomerForm token={token} />
        </>
      )}
    </main>
  );
}
