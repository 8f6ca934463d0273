"use client";

import { JoinWithPasswordForm } from "../../_components/join-with-password-form";
import { joinTeamForm } from "../actions";

export function JoinTeamForm({ token }: { token: string }) {
  return <JoinWithPasswordForm token={token} join={joinTeamForm} submitLabel="Join the team" />;
}
