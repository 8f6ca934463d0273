import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CUSTOMER_INVITATION_NOT_VALID, getCustomerInvitationByToken } from "@/lib/data/customer-admins";
import { JoinCustomerForm } from "./join-customer-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.joinCustomer"))("title") };
}

type Props = { params: Promise<{ token: string }> };

/** Where the customer admin's mailed invitation leads. Opening it changes nothing; the form uses the link. */
export default async function JoinCustomerPage({ params }: Props) {
  const { token } = await params;
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) notFound();
  const invitation = await getCustomerInvitationByToken(token);
  const t = await getTranslations("auth");
  const intro = (customer: string, email: string) => t.rich("joinCustomer.intro", { customer, email, strong: (chunks) => <strong>{chunks}</strong> });
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      {invitation.state === "not-valid" ? (
        <>
          <h1 className="text-2xl font-semibold">{t("invitationNotValid")}</h1>
          <p role="alert" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">{CUSTOMER_INVITATION_NOT_VALID}</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">{t("joinCustomer.heading", { customer: invitation.customerName })}</h1>
          <p className="mt-2 text-sm text-slate-600">
            {intro(invitation.customerName, invitation.email)}
          </p>
          <JoinCustomerForm token={token} />
        </>
      )}
    </main>
  );
}
