"use client";

import { JoinWithPasswordForm } from "../../_components/join-with-password-form";
import { joinCustomerForm } from "../actions";

export function JoinCustomerForm({ token }: { token: string }) {
  return <JoinWithPasswordForm token={token} join={joinCustomerForm} submitLabel="Join as admin" />;
}
