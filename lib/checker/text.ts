// The checker's words in English and Dutch: option labels, the questions' headings and labels, the presets. Pure
// (browser-safe); the English ones are the labels in `scenario.ts`, `questions.ts` and `presets.ts`. The page reads
// them on the server and hands its browser components only its own language's (`check/_components/checker-words`).
import type { Action, Affiliation, PartnerType, RelationshipStatus } from "@/lib/rules";
import type { CapabilityKey, EnrollAs, RequestedBy, TenantChoice } from "./scenario";

export type CheckerLocale = "en" | "nl";

const en = {
  actions: {
    sell: "Sell to a customer",
    "buy-for-own-use": "Buy for my own use",
    "link-provider-reseller": "Link a provider and a reseller",
    "associate-reseller-subscription": "Associate a reseller with a new subscription",
    "transact-new-business": "Transact new business with a reseller",
    "manage-customer-subscriptions": "Manage a customer's subscriptions",
    enroll: "Enroll in CSP",
    "end-relationship": "End a provider–reseller relationship",
  } satisfies Record<Action, string>,
  partnerTypes: { "indirect-provider": "Indirect provider", "indirect-reseller": "Indirect reseller", "direct-bill": "Direct-bill partner" } satisfies Record<PartnerType, string>,
  relationships: {
    none: "No relationship",
    invited: "Invited (not accepted yet)",
    active: "Active",
    suspended: "Suspended",
    "termination-requested": "Termination requested",
    terminated: "Terminated",
  } satisfies Record<RelationshipStatus | "none", string>,
  affiliations: {
    none: "Unrelated organizations",
    "same-organization": "The same organization",
    "same-affiliation-group": "Affiliates (same group of companies)",
  } satisfies Record<Affiliation, string>,
  tenants: {
    separate: "A separate customer-type tenant for internal use",
    shared: "A customer-type tenant in the environment tied to my reseller relationship",
    csp: "My CSP tenant",
  } satisfies Record<TenantChoice, string>,
  enrollAs: { "indirect-reseller": "Indirect reseller", "direct-bill": "Direct-bill partner" } satisfies Record<EnrollAs, string>,
  requestedBy: { partner: "One of the two partners", "program-support": "Program support" } satisfies Record<RequestedBy, string>,
  capabilities: {
    apiIntegration: "API integration with Microsoft",
    billing: "Bills its customers",
    support: "Supports its customers",
    managedServices: "Provides managed services",
  } satisfies Record<CapabilityKey, string>,
  questions: {
    yourProvider: "Your indirect provider",
    yourRelationshipWithProvider: "Your relationship with this provider",
    customerRelated: "How is the customer related to you?",
    theCustomer: "The customer",
    sellerYouBuyFrom: "The partner you buy from",
    ownUseRelationship: "Your reseller relationship with the provider that supplies this purchase",
    sellerRelated: "How is the seller related to you?",
    theOtherPartner: "The other partner",
    existingRelationship: "Existing relationship between you",
    theReseller: "The reseller",
    yourRelationshipWithReseller: "Your relationship with this reseller",
    subscriptionCustomer: "The subscription's customer",
    currentStatus: "Current status of the relationship",
  },
  presets: {
    "sell-end-to-end": { label: "Sell end-to-end", section: "Sample scenario 1" },
    "another-partners-service": { label: "Customer needs another partner's service", section: "Sample scenario 2" },
    "partner-manages-subscriptions": { label: "Customer wants a partner to manage subscriptions", section: "Sample scenario 3" },
    "buy-for-own-use": { label: "Partner buys for own use", section: "Sample scenario 4" },
    "sell-to-itself": { label: "Partner sells to itself", section: "Sample scenario 5" },
    "reseller-buys-as-customer": { label: "Reseller buys as end customer", section: "Sample scenario 6" },
    "sell-to-another-region": { label: "Sell to another region", section: "Sample scenario 7" },
    "link-reseller-another-region": { label: "Link a reseller in another region", section: "Sample scenario 8" },
  } as Record<string, { label: string; section: string }>,
};

export type CheckerText = typeof en;

const nl: CheckerText = {
  actions: {
    sell: "Verkopen aan een klant",
    "buy-for-own-use": "Kopen voor eigen gebruik",
    "link-provider-reseller": "Een provider en een wederverkoper koppelen",
    "associate-reseller-subscription": "Een wederverkoper aan een nieuw abonnement koppelen",
    "transact-new-business": "Nieuwe zaken doen met een wederverkoper",
    "manage-customer-subscriptions": "De abonnementen van een klant beheren",
    enroll: "Inschrijven in CSP",
    "end-relationship": "Een relatie tussen provider en wederverkoper beëindigen",
  },
  partnerTypes: { "indirect-provider": "Indirecte provider", "indirect-reseller": "Indirecte wederverkoper", "direct-bill": "Partner met directe facturering" },
  relationships: {
    none: "Geen relatie",
    invited: "Uitgenodigd (nog niet geaccepteerd)",
    active: "Actief",
    suspended: "Opgeschort",
    "termination-requested": "Beëindiging aangevraagd",
    terminated: "Beëindigd",
  },
  affiliations: {
    none: "Organisaties zonder onderlinge banden",
    "same-organization": "Dezelfde organisatie",
    "same-affiliation-group": "Gelieerd (dezelfde groep van bedrijven)",
  },
  tenants: {
    separate: "Een aparte tenant van het type klant voor intern gebruik",
    shared: "Een tenant van het type klant in de omgeving die aan mijn wederverkopersrelatie is gekoppeld",
    csp: "Mijn CSP-tenant",
  },
  enrollAs: { "indirect-reseller": "Indirecte wederverkoper", "direct-bill": "Partner met directe facturering" },
  requestedBy: { partner: "Een van de twee partners", "program-support": "Programmaondersteuning" },
  capabilities: {
    apiIntegration: "API-koppeling met Microsoft",
    billing: "Factureert zijn klanten",
    support: "Ondersteunt zijn klanten",
    managedServices: "Levert beheerde services",
  },
  questions: {
    yourProvider: "Je indirecte provider",
    yourRelationshipWithProvider: "Je relatie met deze provider",
    customerRelated: "Hoe is de klant met jou verbonden?",
    theCustomer: "De klant",
    sellerYouBuyFrom: "De partner bij wie je koopt",
    ownUseRelationship: "Je wederverkopersrelatie met de provider die deze aankoop levert",
    sellerRelated: "Hoe is de verkoper met jou verbonden?",
    theOtherPartner: "De andere partner",
    existingRelationship: "Bestaande relatie tussen jullie",
    theReseller: "De wederverkoper",
    yourRelationshipWithReseller: "Je relatie met deze wederverkoper",
    subscriptionCustomer: "De klant van het abonnement",
    currentStatus: "Huidige status van de relatie",
  },
  presets: {
    "sell-end-to-end": { label: "Van begin tot eind verkopen", section: "Voorbeeldscenario 1" },
    "another-partners-service": { label: "Klant heeft een service van een andere partner nodig", section: "Voorbeeldscenario 2" },
    "partner-manages-subscriptions": { label: "Klant wil dat een partner de abonnementen beheert", section: "Voorbeeldscenario 3" },
    "buy-for-own-use": { label: "Partner koopt voor eigen gebruik", section: "Voorbeeldscenario 4" },
    "sell-to-itself": { label: "Partner verkoopt aan zichzelf", section: "Voorbeeldscenario 5" },
    "reseller-buys-as-customer": { label: "Wederverkoper koopt als eindklant", section: "Voorbeeldscenario 6" },
    "sell-to-another-region": { label: "Verkopen aan een andere regio", section: "Voorbeeldscenario 7" },
    "link-reseller-another-region": { label: "Een wederverkoper in een andere regio koppelen", section: "Voorbeeldscenario 8" },
  },
};

export const CHECKER_TEXT: Record<CheckerLocale, CheckerText> = { en, nl };

export function checkerText(locale: string = "en"): CheckerText {
  return CHECKER_TEXT[locale as CheckerLocale] ?? en;
}

// In `scenario.ts`, so that the browser's form uses it without loading these words (the page hands it its language's).
export { optionsIn } from "./scenario";
