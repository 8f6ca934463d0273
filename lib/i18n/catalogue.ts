// The message catalogues, one JSON file per locale and area (messages/<locale>/<area>.json), so the areas can grow
// apart. Both locales hold the same keys with the same placeholders: lib/i18n/catalogue.test.ts fails otherwise.
import type { Locale } from "./locales";
import en_apiReference from "@/messages/en/apiReference.json";
import en_apiTokens from "@/messages/en/apiTokens.json";
import en_audit from "@/messages/en/audit.json";
import en_auth from "@/messages/en/auth.json";
import en_check from "@/messages/en/check.json";
import en_common from "@/messages/en/common.json";
import en_compliance from "@/messages/en/compliance.json";
import en_customer from "@/messages/en/customer.json";
import en_customers from "@/messages/en/customers.json";
import en_email from "@/messages/en/email.json";
import en_errors from "@/messages/en/errors.json";
import en_import from "@/messages/en/import.json";
import en_invitations from "@/messages/en/invitations.json";
import en_labels from "@/messages/en/labels.json";
import en_nav from "@/messages/en/nav.json";
import en_notifications from "@/messages/en/notifications.json";
import en_ownUse from "@/messages/en/ownUse.json";
import en_providers from "@/messages/en/providers.json";
import en_resellers from "@/messages/en/resellers.json";
import en_rules from "@/messages/en/rules.json";
import en_settings from "@/messages/en/settings.json";
import en_status from "@/messages/en/status.json";
import en_support from "@/messages/en/support.json";
import en_team from "@/messages/en/team.json";
import en_validation from "@/messages/en/validation.json";
import en_webhooks from "@/messages/en/webhooks.json";
import nl_apiReference from "@/messages/nl/apiReference.json";
import nl_apiTokens from "@/messages/nl/apiTokens.json";
import nl_audit from "@/messages/nl/audit.json";
import nl_auth from "@/messages/nl/auth.json";
import nl_check from "@/messages/nl/check.json";
import nl_common from "@/messages/nl/common.json";
import nl_compliance from "@/messages/nl/compliance.json";
import nl_customer from "@/messages/nl/customer.json";
import nl_customers from "@/messages/nl/customers.json";
import nl_email from "@/messages/nl/email.json";
import nl_errors from "@/messages/nl/errors.json";
import nl_import from "@/messages/nl/import.json";
import nl_invitations from "@/messages/nl/invitations.json";
import nl_labels from "@/messages/nl/labels.json";
import nl_nav from "@/messages/nl/nav.json";
import nl_notifications from "@/messages/nl/notifications.json";
import nl_ownUse from "@/messages/nl/ownUse.json";
import nl_providers from "@/messages/nl/providers.json";
import nl_resellers from "@/messages/nl/resellers.json";
import nl_rules from "@/messages/nl/rules.json";
import nl_settings from "@/messages/nl/settings.json";
import nl_status from "@/messages/nl/status.json";
import nl_support from "@/messages/nl/support.json";
import nl_team from "@/messages/nl/team.json";
import nl_validation from "@/messages/nl/validation.json";
import nl_webhooks from "@/messages/nl/webhooks.json";

const en = {
  apiReference: en_apiReference,
  apiTokens: en_apiTokens,
  audit: en_audit,
  auth: en_auth,
  check: en_check,
  common: en_common,
  compliance: en_compliance,
  customer: en_customer,
  customers: en_customers,
  email: en_email,
  errors: en_errors,
  import: en_import,
  invitations: en_invitations,
  labels: en_labels,
  nav: en_nav,
  notifications: en_notifications,
  ownUse: en_ownUse,
  providers: en_providers,
  resellers: en_resellers,
  rules: en_rules,
  settings: en_settings,
  status: en_status,
  support: en_support,
  team: en_team,
  validation: en_validation,
  webhooks: en_webhooks,
};

const nl = {
  apiReference: nl_apiReference,
  apiTokens: nl_apiTokens,
  audit: nl_audit,
  auth: nl_auth,
  check: nl_check,
  common: nl_common,
  compliance: nl_compliance,
  customer: nl_customer,
  customers: nl_customers,
  email: nl_email,
  errors: nl_errors,
  import: nl_import,
  invitations: nl_invitations,
  labels: nl_labels,
  nav: nl_nav,
  notifications: nl_notifications,
  ownUse: nl_ownUse,
  providers: nl_providers,
  resellers: nl_resellers,
  rules: nl_rules,
  settings: nl_settings,
  status: nl_status,
  support: nl_support,
  team: nl_team,
  validation: nl_validation,
  webhooks: nl_webhooks,
};

/** Every namespace's messages, as next-intl and the server's own translator take them. */
export type Messages = typeof en;

export const catalogues: Record<Locale, Messages> = { en, nl };
