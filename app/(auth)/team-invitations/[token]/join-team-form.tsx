"use client";

import { useTranslations } from "next-intl";
import { JoinWithPasswordForm } from "../../_components/join-with-password-form";
import { joinTeamForm } from "../actions";

export function JoinTeamForm({ token }: { token: string }) {
  const t = useTranslations("auth.joinTeam");
  return <JoinWithPasswordForm token={token} join={joinTeamForm} submitLabel={t("submit")} />;
}
