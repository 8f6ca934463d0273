// The rules' English words: rule titles, summaries, sections and remedies, party and status words, and every finding's
// explanation as a template with named placeholders. `nl.ts` has the same keys (its type is `typeof en`). Pure data.

export const en = {
  /** How a list ends ("A, B and C"). */
  listAnd: "and",
  /** Between the parties of a chain. */
  chainArrow: " -> ",
  place: { known: "{country} (region {region})", unknown: "{country} (unknown country code)" },
  usd: "USD {amount}",
  parties: {
    microsoft: "Microsoft",
    "indirect-provider": "indirect provider",
    "indirect-reseller": "indirect reseller",
    "direct-bill": "direct-bill partner",
    customer: "customer",
  },
  /** Relationship states as they appear inside a sentence. */
  statuses: {
    invited: "invited",
    active: "active",
    suspended: "suspended",
    "termination-requested": "termination-requested",
    terminated: "terminated",
  },
  regions: {
    africa: "Africa",
    "asia-pacific": "Asia and Pacific",
    australia: "Australia",
    brazil: "Brazil",
    canada: "Canada",
    europe: "Europe",
    india: "India",
    japan: "Japan",
    korea: "Korea, Republic of",
    "latin-america": "Latin America and the Caribbean",
    "middle-east-europe": "Middle East, Central Europe and Eastern Europe",
    "new-zealand": "New Zealand",
    russia: "Russia",
    taiwan: "Taiwan",
    "united-states": "United States",
  },
  /** Counted words: the form is picked by the count's plural category. */
  plurals: {
    otherPartners: { one: "{count} other partner", other: "{count} other partners" },
  },
  rules: {
    "MPA-REQUIRED": {
      title: "Partners need the MPA to transact",
      summary:
        "Since 1 February 2020 any partner doing business in CSP, whether provider, reseller or direct-bill partner, must have accepted the Microsoft Partner Agreement.",
      section: "CSP program requirements: Signing the Microsoft Partner Agreement (MPA)",
      remedies: {
        "accept-mpa": { title: "Accept the MPA", detail: "A global admin of the partner's CSP tenant accepts the Microsoft Partner Agreement in Partner Center; then try again." },
      },
    },
    "MPA-BEFORE-ASSOCIATION": {
      title: "Reseller's MPA before linking its Partner ID to a subscription",
      summary:
        "A provider can record a reseller's Partner ID on a new CSP subscription only after that reseller has accepted the MPA.",
      section: "CSP program requirements: Signing the Microsoft Partner Agreement (MPA)",
      remedies: {
        "reseller-accepts-mpa": { title: "Ask the reseller to accept the MPA", detail: "The reseller accepts the Microsoft Partner Agreement in Partner Center; verify it by Partner ID, then associate the subscription." },
      },
    },
    "MPA-BEFORE-NEW-BUSINESS": {
      title: "Reseller's MPA before new business",
      summary:
        "A provider can start new business with a reseller only after that reseller has accepted the MPA.",
      section: "CSP program requirements: Signing the Microsoft Partner Agreement (MPA)",
      remedies: {
        "reseller-accepts-mpa-new-business": { title: "Ask the reseller to accept the MPA", detail: "The reseller accepts the Microsoft Partner Agreement in Partner Center before any new order goes through." },
      },
    },
    "RESELLER-READINESS": {
      title: "Reseller readiness: onboard, enroll, accept the MPA",
      summary:
        "An indirect reseller can take on new business only once it has joined Partner Center, enrolled as an indirect reseller and accepted the MPA.",
      section: "CSP program requirements: Signing the Microsoft Partner Agreement (MPA)",
      remedies: {
        "complete-readiness": { title: "Finish the three readiness steps", detail: "Join Partner Center, enroll as an indirect reseller and accept the Microsoft Partner Agreement, in that order." },
      },
    },
    "DIRECT-BILL-REQUIREMENTS": {
      title: "What a direct-bill partner must be able to do",
      summary:
        "To enroll or act as a direct-bill partner you connect to Microsoft through its APIs and keep billing, supporting and running managed services for your customers.",
      section: "Types of partner relationships in the CSP program",
      remedies: {
        "build-capabilities": { title: "Build the missing capabilities", detail: "Put API integration, billing, support and managed services in place before enrolling as direct-bill." },
        "go-indirect": { title: "Work as an indirect reseller instead", detail: "Sell through an indirect provider, who handles the billing relationship with Microsoft." },
      },
    },
    "SUPPORTED-CHAIN": {
      title: "Sales follow one of the two supported chains",
      summary:
        "A sale reaches a customer either from Microsoft through a direct-bill partner, or from Microsoft through an indirect provider and then an indirect reseller. Resellers do not buy from Microsoft, and providers do not sell to end customers without a reseller.",
      section: "Sample scenario 1",
      remedies: {
        "use-direct-chain": { title: "Sell as a direct-bill partner", detail: "Microsoft sells to the direct-bill partner, who sells to the customer." },
        "use-indirect-chain": { title: "Sell through provider and reseller", detail: "Microsoft sells to an indirect provider, the provider to an indirect reseller, and the reseller to the customer." },
      },
    },
    "PROVIDER-RESELLER-ACTIVE": {
      title: "Provider and reseller need an active relationship",
      summary:
        "A provider does business for a reseller only while the relationship between them is active.",
      section: "Types of partner relationships in the CSP program; Sample scenario 1",
      remedies: {
        "activate-relationship": { title: "Activate the relationship", detail: "The reseller accepts the provider's invitation, or the suspension is lifted, before business goes through." },
      },
    },
    "MULTI-PARTNER": {
      title: "A customer may buy from several partners",
      summary:
        "A customer is free to get different services from different CSP partners; this never blocks a sale.",
      section: "Sample scenario 2",
      remedies: {},
    },
    "MULTI-CHANNEL": {
      title: "A customer may have several partners manage its subscriptions",
      summary:
        "A customer may hire more than one partner to manage and support its subscriptions; this never blocks anything.",
      section: "Sample scenario 3",
      remedies: {},
    },
    "OWN-USE-SEPARATE-TENANT": {
      title: "Own-use purchases go to a separate customer tenant",
      summary:
        "A partner buying for itself buys like any customer, from an indirect reseller or a direct-bill partner, and the services land in a customer-type tenant, never in its CSP tenant.",
      section: "Sample scenario 4",
      remedies: {
        "use-customer-tenant": { title: "Provision into a customer-type tenant", detail: "Create or pick a tenant set up as customer type for internal use, separate from the CSP tenant." },
        "buy-from-reseller-or-direct": { title: "Buy from a reseller or a direct-bill partner", detail: "Own-use purchases come from an indirect reseller or a direct-bill partner, as for any customer." },
      },
    },
    "NO-SELF-OR-AFFILIATE-SALE": {
      title: "No sales to yourself or your affiliates",
      summary:
        "By contract a partner cannot be its own end customer, nor sell to organizations affiliated with it.",
      section: "Sample scenario 5",
      remedies: {
        "buy-from-unrelated-partner": { title: "Buy from an unrelated partner", detail: "For its own use the organization buys as a customer from a partner outside its affiliation group, into a customer-type tenant." },
      },
    },
    "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER": {
      title: "A reseller is not an end customer of its own provider",
      summary:
        "Once a reseller resells for a provider, it cannot also become that provider's end customer in the same environment. It has three ways out.",
      section: "Sample scenario 6",
      remedies: {
        "option-1-separate-tenant": { title: "Option 1: use a separate tenant", detail: "Set up another tenant as an environment of its own, apart from your partner organization and its provider relationship, and buy for own use into it." },
        "option-2-switch-provider": { title: "Option 2: end the relationship and move", detail: "Ask program support to end the relationship with this provider, resell for another provider, and buy for own use from a different partner." },
        "option-3-add-provider": { title: "Option 3: add a second provider", detail: "Keep the current provider and also become a reseller of another provider." },
      },
    },
    "SAME-REGION-SALE": {
      title: "Sell only within your CSP region",
      summary:
        "A partner's customers must be in its own CSP region; the country of the customer's tenant decides.",
      section: "Sample scenario 7",
      remedies: {
        "partner-in-customer-region": { title: "Work with a partner in the customer's region", detail: "Refer the customer to a partner that is set up in the customer's CSP region." },
      },
    },
    "SAME-REGION-RELATIONSHIP": {
      title: "Provider and reseller in the same region",
      summary:
        "A provider and a reseller can work together only when both are in the same CSP region.",
      section: "Sample scenario 8",
      remedies: {
        "provider-in-same-region": { title: "Pick a partner in the same region", detail: "The reseller works with a provider set up in its own CSP region (and vice versa)." },
      },
    },
    "TERMINATION-VIA-SUPPORT": {
      title: "Program support ends provider–reseller relationships",
      summary:
        "In the article's program partners cannot end a provider–reseller relationship themselves; they ask program support, who ends it. From 1 July 2020 a provider may end it itself (see the rule's history).",
      section: "Sample scenario 6, option 2",
      remedies: {
        "contact-program-support": { title: "Contact program support", detail: "File a request with Microsoft partner support to end the relationship." },
      },
    },
    "CUSTOMER-CONSENT": {
      title: "The customer agrees to each partner it works with",
      summary:
        "A partner manages a customer's subscriptions only after the customer's admin accepted its request, and sells to a customer another partner already serves only after the customer accepted a reseller relationship request. A first sale to a customer the partner brings itself needs no request.",
      section: "Sample scenario 3 (and scenario 2)",
      remedies: {
        "ask-customer": { title: "Ask the customer's admin", detail: "Send the customer a request from Customers → Requests; its admin accepts or declines it within 30 days." },
      },
    },
  },
  /** What the first version says of every rule but the MPA. */
  asTheArticleStates: "As the article states it.",
  versions: {
    "2020-02-01": { title: "The article's program", change: "The MPA becomes a condition for transacting in CSP." },
    "2020-07-01": {
      title: "Providers can end a reseller relationship themselves",
      change:
        "An indirect provider may now end its relationship with a reseller without program support; the customers and their admin rights stay with the provider. A reseller still asks program support.",
    },
    "2020-10-27": {
      title: "Direct-bill enrollment needs reseller revenue",
      change:
        "Enrolling as direct-bill needs at least USD 300,000 of CSP revenue earned as an indirect reseller in the 12 months before; new partners start as indirect resellers.",
    },
    "2023-04-24": {
      title: "Direct-bill: 12 months as a reseller and a yearly assessment",
      change:
        "Enrolling as direct-bill also needs 12 months as an indirect reseller and a passed third-party assessment, renewed every year. A direct-bill partner whose assessment lapses is restricted: no new customers, purchases or invitations, while existing subscriptions keep running.",
    },
    "2024-04-01": {
      title: "Indirect resellers need USD 1,000 a year",
      change:
        "At each enrollment anniversary an indirect reseller needs at least USD 1,000 of CSP revenue over the 12 months before, or it may be de-authorised and must then wait a year before enrolling again. Resellers enrolled after 2023-04-01 are first checked after March 2024.",
    },
  },
  /** The region-table changes of `regions.json` (`laterChanges`), in the same order. */
  undatedChanges: [
    "Russia region removed; Belarus (BY) removed from the Middle East region.",
    "Guam (GU) and Northern Mariana Islands (MP) moved from Australia to United States; American Samoa (AS) moved from New Zealand to United States.",
    "New China region (CN, CNY), a separately operated cloud.",
    "Faroe Islands (FO) billing currency EUR -> DKK.",
  ],
  /** The Verify MPA screen's answers (\`verifyMpa\`). */
  verifyMpa: {
    unknownPartnerId: "No partner has this Partner ID. Check the digits with the reseller.",
    otherRegion: "Partner ID {partnerId} belongs to a partner in {place}, outside your region; you can work only with resellers in your own region.",
    notOnboarded: "Partner ID {partnerId} has not joined Partner Center yet.",
    notEnrolled: "Partner ID {partnerId} is known but not enrolled as an indirect reseller.",
    mpaNotAccepted: "Partner ID {partnerId} has not accepted the MPA for your region; you cannot add it to new subscriptions or new business yet.",
    relationshipPending: "Partner ID {partnerId} accepted the MPA on {acceptedOn}, but your relationship with it has a termination request pending: you cannot do new business with it.",
    relationshipNotActive: "Partner ID {partnerId} accepted the MPA on {acceptedOn}, but your relationship with it is {status}: you cannot do new business with it.",
    accepted: "Partner ID {partnerId} accepted the MPA on {acceptedOn}.",
  },
  /** The same answers when Partner Center gave them (\`mpaCheckFromPartnerCenter\`). */
  verifyMpaPartnerCenter: {
    accepted: "Partner Center has the MPA of Partner ID {partnerId} on record.",
    unknownPartnerId: "Partner Center does not know Partner ID {partnerId} (or it has not moved to Partner Center yet). Check the digits with the reseller.",
    otherRegion: "Partner Center places Partner ID {partnerId} in another CSP region; you can work only with resellers in your own region.",
    notEnrolled: "Partner Center knows Partner ID {partnerId} but not as an enrolled indirect reseller.",
    mpaNotAccepted: "Partner Center has no MPA from Partner ID {partnerId} for your region; you cannot add it to new subscriptions yet.",
    refused: "Partner Center did not confirm an MPA for Partner ID {partnerId}: {refusal}",
  },
  /** The readiness requirements' labels (\`readinessOf\`). */
  requirements: {
    onboarded: "Onboarded into Partner Center",
    enrolled: "Enrolled as indirect reseller",
    mpa: "Microsoft Partner Agreement accepted",
    linkedProvider: "Linked with at least one indirect provider",
    apiIntegration: "API integration with Microsoft",
    billing: "Billing its customers on an ongoing basis",
    support: "Support for its customers on an ongoing basis",
    managedServices: "Managed services on an ongoing basis",
  },
  spans: {
    allowedAny: "allowed on any date",
    blockedAny: "blocked on any date",
    allowedUntil: "allowed until {until}",
    blockedUntil: "blocked until {until}",
    allowedFrom: "allowed from {from}",
    blockedFrom: "blocked from {from}",
    allowedBetween: "allowed from {from} until {until}",
    blockedBetween: "blocked from {from} until {until}",
  },
  findings: {
    // SUPPORTED-CHAIN
    chainResellerFromMicrosoft: "In {chain} the indirect reseller buys straight from Microsoft; a reseller always buys through an indirect provider.",
    chainProviderToCustomer: "In {chain} the indirect provider sells straight to the customer; a provider reaches customers only through an indirect reseller.",
    chainUnsupported: "{chain} is not one of the two supported chains.",
    chainOtherSeller: "The chain {chain} has someone else selling to the customer, but the seller here is a {seller}.",
    chainSupported: "{chain} is a supported chain.",
    pairFits: "An indirect provider and an indirect reseller: {what} fits the supported chain.",
    pairWrong: "{what} needs an indirect provider and an indirect reseller, but the parties are a {first} and a {second}.",
    whatLink: "a provider–reseller relationship",
    whatEnd: "ending a provider–reseller relationship",
    actsNotProvider: "Only an indirect provider can {what}; the acting partner is a {actor}.",
    actsNotReseller: "A provider can {what} only for an indirect reseller; the other partner is a {other}.",
    actsOk: "An indirect provider acting for its indirect reseller can {what}.",
    whatAssociate: "record a reseller's Partner ID on a subscription",
    whatTransact: "transact new business with a reseller",
    // MULTI-PARTNER, MULTI-CHANNEL, CUSTOMER-CONSENT
    multiPartnerOthers: "The customer already buys from {others}. That is fine: a customer may buy different services from different partners.",
    multiPartnerNone: "The customer may buy other services from other partners too; nothing here limits it to one partner.",
    multiChannelOthers: "The customer already has {others} involved. It may still hire you to manage its subscriptions.",
    multiChannelNone: "The customer may hire you to manage its subscriptions, alongside any other partner it chooses.",
    consentNotNeeded: "A first sale to a customer you bring yourself needs no request: the sale creates the relationship.",
    consentAccepted: "The customer's admin accepted your request.",
    consentMissingSell: "The customer already works with another partner; it must accept your reseller relationship request before your first sale.",
    consentMissingManage: "The customer's admin has not accepted a request from you to manage its subscriptions.",
    // Later versions: DIRECT-BILL-REQUIREMENTS and RESELLER-READINESS
    dbShortRevenue: "{revenue} of CSP revenue as an indirect reseller over the last 12 months, under the {required} required",
    dbShortSince: "only {since} as its start as an indirect reseller, less than 12 months before",
    dbShortAssessmentOld: "a third-party assessment from {assessedOn}, more than a year old",
    dbShortNoAssessment: "no passed third-party assessment",
    dbEnrolShort: "On {on} a new direct-bill partner must qualify first as an indirect reseller; this one has {short}.",
    dbEnrolMissing: "On {on} enrolling as direct-bill depends on {missing}, which the proposal does not give; the rule cannot be confirmed without them.",
    dbEnrolPass: "The partner has {revenue} of CSP revenue as an indirect reseller over the last 12 months.",
    dbEnrolPassAssessed:
      "The partner has {revenue} of CSP revenue as an indirect reseller over the last 12 months, {since} as its start as a reseller and a current assessment from {assessedOn}.",
    dbStandingUnknown: "From {date} a direct-bill partner needs a yearly third-party assessment; the proposal does not give {fact}, so we cannot tell whether it is restricted.",
    dbStandingOld:
      "On {on} the direct-bill partner is restricted because its last passed assessment, on {assessedOn}, is more than a year old: no new customers, purchases or invitations, though existing subscriptions keep running.",
    dbStandingNone:
      "On {on} the direct-bill partner is restricted because it has no passed third-party assessment: no new customers, purchases or invitations, though existing subscriptions keep running.",
    dbStandingPass: "The direct-bill partner passed its third-party assessment on {assessedOn}, within the last year.",
    resellerDeauthorised: "The reseller was de-authorised on {deauthorised} and has not enrolled again since, so it cannot take on new business on {on}.",
    resellerSinceUnknown: "From {date} a reseller's revenue is checked at each enrollment anniversary; without {fact} we cannot tell when its last check was.",
    resellerNoCheckYet: "The reseller (enrolled {since}) has had no anniversary check under the revenue rule yet on {on}.",
    resellerRevenueUnknown: "At its anniversary on {anniversary} the reseller needed {required} of CSP revenue over the 12 months before; the proposal does not give {fact}.",
    resellerRevenueLow:
      "At its anniversary on {anniversary} the reseller had {revenue} of CSP revenue over the 12 months before, under the {required} required, so it may be de-authorised.",
    resellerRevenueOk: "At its anniversary on {anniversary} the reseller had {revenue} of CSP revenue over the 12 months before, enough to stay authorised.",
    reEnrolUnknown: "From {date} a de-authorised reseller waits a year to enroll again; without {fact} (null when never) we cannot tell.",
    reEnrolWait: "The partner was de-authorised on {deauthorised}; it may enroll again only a year later.",
    reEnrolNever: "The partner was never de-authorised as a reseller.",
    reEnrolOk: "The partner was de-authorised on {deauthorised}, more than a year ago, so it may enroll again.",
    // MPA-REQUIRED, MPA-BEFORE-ASSOCIATION, MPA-BEFORE-NEW-BUSINESS
    mpaNotYet: "On {on} the MPA was not yet required; the duty starts on {date}.",
    mpaAccepted: "The {party} accepted the MPA on {acceptedOn}, so it may transact on {on}.",
    mpaMissing: "The {party} has not accepted the MPA. From {date} every partner needs it to transact in CSP.",
    mpaLate: "The {party} accepts the MPA only on {acceptedOn}, after {on}. From {date} every partner needs it to transact in CSP.",
    doingAssociate: "record its Partner ID on a new subscription",
    doingNewBusiness: "start new business with it",
    gateNotYet: "On {on} the MPA was not yet required, so the provider may {doing}.",
    gateAccepted: "The reseller accepted the MPA on {acceptedOn}, so the provider may {doing}.",
    gateMissing: "The reseller has not accepted the MPA, so the provider may not {doing} on {on}.",
    gateLate: "The reseller accepts the MPA only on {acceptedOn}, after {on}, so the provider may not {doing} on {on}.",
    mpaNoteAccepted: "The partner accepted the MPA on {acceptedOn}.",
    mpaNoteFirst: "The partner has not accepted the MPA yet; it must do so before its first transaction.",
    mpaNoteFrom: "The partner has not accepted the MPA yet; it must do so before transacting from {date}.",
    // evaluate: linking and enrolling
    linkAlreadyActive: "The two partners already have an active relationship; linking again changes nothing.",
    enrollOnboarded: "The partner has joined Partner Center, the first step, so it can enroll as an indirect reseller.",
    enrollNotOnboarded: "The partner has not joined Partner Center yet; that comes before enrolling as an indirect reseller.",
    // OWN-USE-SEPARATE-TENANT, NO-SELF-OR-AFFILIATE-SALE, RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER
    ownUseFromProvider: "it buys from an indirect provider, which sells to end customers only through a reseller",
    ownUseCspTenant: "the services would go into the partner's CSP tenant",
    ownUseChosenCsp: "the chosen tenant is the partner's CSP tenant",
    ownUsePass: "The partner buys from a {seller} into a customer-type tenant, like any customer.",
    ownUseFail: "A partner buying for itself must buy from a reseller or direct-bill partner into a customer-type tenant, but {problems}.",
    affiliationNone: "Seller and buyer are unrelated organizations.",
    affiliationSame: "The buyer is the seller's own organization; partners may not sell to themselves or their affiliates as end customers.",
    affiliationGroup: "The buyer is an affiliate of the seller (same affiliation group); partners may not sell to themselves or their affiliates as end customers.",
    unnamedTenant: "unnamed",
    ownProviderNot: "The buyer does not resell for the provider that supplies this purchase.",
    ownProviderSeparate:
      "The buyer resells for this provider (relationship {status}) but buys into a tenant set up as a separate environment ({tenant}), which keeps the two roles apart.",
    ownProviderFail:
      "The buyer already resells for this provider (relationship {status}), so it cannot also be that provider's end customer, not even into its own customer-type tenant.",
    // RESELLER-READINESS, DIRECT-BILL-REQUIREMENTS
    stepJoin: "join Partner Center",
    stepEnroll: "enroll as an indirect reseller",
    stepMpa: "accept the MPA",
    readyPass: "The reseller has joined Partner Center, enrolled as an indirect reseller and accepted the MPA.",
    readyFail: "The reseller is not ready for new business on {on}: it still has to {missing}.",
    capApiIntegration: "API integration with Microsoft",
    capBilling: "billing its customers",
    capSupport: "customer support",
    capManagedServices: "managed services",
    capPass: "The partner has API integration with Microsoft and provides billing, support and managed services.",
    capFail: "A direct-bill partner must offer all four capabilities; this one lacks {missing}.",
    // SAME-REGION-SALE, SAME-REGION-RELATIONSHIP
    saleUnknownCustomer: "We do not know the country code \"{country}\" of the customer's tenant, so we cannot confirm the sale stays in one region.",
    saleUnknownSeller: "We do not know the seller's country code \"{country}\", so we cannot confirm the sale stays in one region.",
    saleOtherRegion: "The customer's tenant is in {customerPlace} but the {seller} is in {sellerPlace}; a partner sells only within its own region.",
    salePass: "The customer's tenant is in {customerPlace}, the same region as the {seller} in {sellerCountry}.",
    relUnknown: "We do not know the country code \"{country}\", so we cannot confirm both partners are in one region.",
    relOtherRegion: "The provider is in {providerPlace} and the reseller in {resellerPlace}; they can work together only within one region.",
    relPass: "Provider ({provider}) and reseller ({reseller}) are both in region {region}.",
    // PROVIDER-RESELLER-ACTIVE, TERMINATION-VIA-SUPPORT
    relActive: "The provider–reseller relationship is active.",
    relNone: "There is no relationship between the provider and the reseller, so the provider cannot do business for this reseller.",
    relNotActive: "The provider–reseller relationship is {status}, not active, so the provider cannot do business for this reseller.",
    termEnded: "The relationship has already ended; there is nothing left to end.",
    termSupport: "Program support ends the {status} relationship between the provider and the reseller.",
    termSelf: "Since {date} a provider may end a {status} relationship with its reseller itself; the customers and their admin rights stay with the provider.",
    termRequested: "An end to this relationship is already requested; program support still has to carry it out.",
    termPartner: "A partner cannot end a {status} provider–reseller relationship itself. The request is filed with program support, who ends it.",
  },
};

export type RuleMessages = typeof en;
export type FindingKey = keyof RuleMessages["findings"];
export type PluralKey = keyof RuleMessages["plurals"];
