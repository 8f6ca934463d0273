"use client";

import { useTranslations } from "next-intl";
import { JoinWithPasswordForm } from "../../_components/join-with-password-form";
import { joinCustomerForm } from "../actions";

export function JoinCustomerForm({ token }: { token: string }) {
  const t = useTranslations("auth.joinCustomer");
  return <JoinWithPasswordForm token={token} join={joinCustomerForm} submitLabel={t("submit")} />;
}
