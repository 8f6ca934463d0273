// De woorden van de regels in het Nederlands: dezelfde sleutels en placeholders als `en.ts` (het type is `typeof en`).
import { addRulesCatalogue } from "./catalogues";
import type { RuleMessages } from "./en";

const MPA_SECTION = "Vereisten van het CSP-programma: de Microsoft Partner Agreement (MPA) ondertekenen";
const TYPES_SECTION = "Soorten partnerrelaties in het CSP-programma";

export const nl: RuleMessages = {
  listAnd: "en",
  chainArrow: " -> ",
  place: { known: "{country} (regio {region})", unknown: "{country} (onbekende landcode)" },
  usd: "USD {amount}",
  parties: {
    microsoft: "Microsoft",
    "indirect-provider": "indirecte provider",
    "indirect-reseller": "indirecte wederverkoper",
    "direct-bill": "partner met directe facturering",
    customer: "klant",
  },
  statuses: {
    invited: "uitgenodigd",
    active: "actief",
    suspended: "opgeschort",
    "termination-requested": "beëindiging aangevraagd",
    terminated: "beëindigd",
  },
  regions: {
    africa: "Afrika",
    "asia-pacific": "Azië en Stille Oceaan",
    australia: "Australië",
    brazil: "Brazilië",
    canada: "Canada",
    europe: "Europa",
    india: "India",
    japan: "Japan",
    korea: "Korea, Republiek",
    "latin-america": "Latijns-Amerika en het Caribisch gebied",
    "middle-east-europe": "Midden-Oosten, Centraal- en Oost-Europa",
    "new-zealand": "Nieuw-Zeeland",
    russia: "Rusland",
    taiwan: "Taiwan",
    "united-states": "Verenigde Staten",
  },
  plurals: {
    otherPartners: { one: "{count} andere partner", other: "{count} andere partners" },
  },
  rules: {
    "MPA-REQUIRED": {
      title: "Partners hebben de MPA nodig om zaken te doen",
      summary:
        "Sinds 1 februari 2020 moet elke partner die zaken doet in CSP, of het nu een provider, een wederverkoper of een partner met directe facturering is, de Microsoft Partner Agreement hebben geaccepteerd.",
      section: MPA_SECTION,
      remedies: {
        "accept-mpa": { title: "Accepteer de MPA", detail: "Een globale beheerder van de CSP-tenant van de partner accepteert de Microsoft Partner Agreement in Partner Center; probeer het daarna opnieuw." },
      },
    },
    "MPA-BEFORE-ASSOCIATION": {
      title: "MPA van de wederverkoper voordat zijn Partner-ID aan een abonnement wordt gekoppeld",
      summary:
        "Een provider kan de Partner-ID van een wederverkoper pas bij een nieuw CSP-abonnement vastleggen als die wederverkoper de MPA heeft geaccepteerd.",
      section: MPA_SECTION,
      remedies: {
        "reseller-accepts-mpa": { title: "Vraag de wederverkoper de MPA te accepteren", detail: "De wederverkoper accepteert de Microsoft Partner Agreement in Partner Center; controleer dat via de Partner-ID en koppel daarna het abonnement." },
      },
    },
    "MPA-BEFORE-NEW-BUSINESS": {
      title: "MPA van de wederverkoper vóór nieuwe zaken",
      summary: "Een provider kan pas nieuwe zaken met een wederverkoper beginnen als die wederverkoper de MPA heeft geaccepteerd.",
      section: MPA_SECTION,
      remedies: {
        "reseller-accepts-mpa-new-business": { title: "Vraag de wederverkoper de MPA te accepteren", detail: "De wederverkoper accepteert de Microsoft Partner Agreement in Partner Center voordat er een nieuwe bestelling doorgaat." },
      },
    },
    "RESELLER-READINESS": {
      title: "Gereedheid van de wederverkoper: aanmelden, inschrijven, de MPA accepteren",
      summary:
        "Een indirecte wederverkoper kan pas nieuwe zaken doen als hij lid is van Partner Center, is ingeschreven als indirecte wederverkoper en de MPA heeft geaccepteerd.",
      section: MPA_SECTION,
      remedies: {
        "complete-readiness": { title: "Rond de drie stappen voor gereedheid af", detail: "Word lid van Partner Center, schrijf je in als indirecte wederverkoper en accepteer de Microsoft Partner Agreement, in die volgorde." },
      },
    },
    "DIRECT-BILL-REQUIREMENTS": {
      title: "Wat een partner met directe facturering moet kunnen",
      summary:
        "Om je in te schrijven of te werken als partner met directe facturering koppel je met Microsoft via de API's en zorg je doorlopend voor facturering, ondersteuning en beheerde services voor je klanten.",
      section: TYPES_SECTION,
      remedies: {
        "build-capabilities": { title: "Bouw de ontbrekende mogelijkheden op", detail: "Zorg voor API-koppeling, facturering, ondersteuning en beheerde services voordat je je inschrijft voor directe facturering." },
        "go-indirect": { title: "Werk in plaats daarvan als indirecte wederverkoper", detail: "Verkoop via een indirecte provider, die de factureringsrelatie met Microsoft regelt." },
      },
    },
    "SUPPORTED-CHAIN": {
      title: "Verkopen volgen een van de twee ondersteunde ketens",
      summary:
        "Een verkoop bereikt een klant óf van Microsoft via een partner met directe facturering, óf van Microsoft via een indirecte provider en daarna een indirecte wederverkoper. Wederverkopers kopen niet bij Microsoft, en providers verkopen niet zonder wederverkoper aan eindklanten.",
      section: "Voorbeeldscenario 1",
      remedies: {
        "use-direct-chain": { title: "Verkoop als partner met directe facturering", detail: "Microsoft verkoopt aan de partner met directe facturering, die aan de klant verkoopt." },
        "use-indirect-chain": { title: "Verkoop via provider en wederverkoper", detail: "Microsoft verkoopt aan een indirecte provider, de provider aan een indirecte wederverkoper en de wederverkoper aan de klant." },
      },
    },
    "PROVIDER-RESELLER-ACTIVE": {
      title: "Provider en wederverkoper hebben een actieve relatie nodig",
      summary: "Een provider doet alleen zaken voor een wederverkoper zolang de relatie tussen hen actief is.",
      section: "Soorten partnerrelaties in het CSP-programma; voorbeeldscenario 1",
      remedies: {
        "activate-relationship": { title: "Activeer de relatie", detail: "De wederverkoper accepteert de uitnodiging van de provider, of de opschorting wordt opgeheven, voordat er zaken doorgaan." },
      },
    },
    "MULTI-PARTNER": {
      title: "Een klant mag bij meerdere partners kopen",
      summary: "Een klant mag verschillende services bij verschillende CSP-partners afnemen; dit houdt nooit een verkoop tegen.",
      section: "Voorbeeldscenario 2",
      remedies: {},
    },
    "MULTI-CHANNEL": {
      title: "Een klant mag meerdere partners zijn abonnementen laten beheren",
      summary: "Een klant mag meer dan één partner inschakelen om zijn abonnementen te beheren en te ondersteunen; dit houdt nooit iets tegen.",
      section: "Voorbeeldscenario 3",
      remedies: {},
    },
    "OWN-USE-SEPARATE-TENANT": {
      title: "Aankopen voor eigen gebruik gaan naar een aparte klanttenant",
      summary:
        "Een partner die voor zichzelf koopt, koopt zoals elke klant, bij een indirecte wederverkoper of een partner met directe facturering, en de services komen in een tenant van het type klant, nooit in zijn CSP-tenant.",
      section: "Voorbeeldscenario 4",
      remedies: {
        "use-customer-tenant": { title: "Richt in in een tenant van het type klant", detail: "Maak of kies een tenant van het type klant voor intern gebruik, los van de CSP-tenant." },
        "buy-from-reseller-or-direct": { title: "Koop bij een wederverkoper of een partner met directe facturering", detail: "Aankopen voor eigen gebruik komen van een indirecte wederverkoper of een partner met directe facturering, net als bij elke klant." },
      },
    },
    "NO-SELF-OR-AFFILIATE-SALE": {
      title: "Geen verkoop aan jezelf of aan gelieerde organisaties",
      summary: "Volgens het contract kan een partner niet zijn eigen eindklant zijn en niet verkopen aan organisaties die met hem gelieerd zijn.",
      section: "Voorbeeldscenario 5",
      remedies: {
        "buy-from-unrelated-partner": { title: "Koop bij een partner zonder banden", detail: "Voor eigen gebruik koopt de organisatie als klant bij een partner buiten haar groep van gelieerde organisaties, in een tenant van het type klant." },
      },
    },
    "RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER": {
      title: "Een wederverkoper is geen eindklant van zijn eigen provider",
      summary:
        "Zodra een wederverkoper voor een provider verkoopt, kan hij in dezelfde omgeving niet ook eindklant van die provider worden. Er zijn drie uitwegen.",
      section: "Voorbeeldscenario 6",
      remedies: {
        "option-1-separate-tenant": { title: "Optie 1: gebruik een aparte tenant", detail: "Richt een andere tenant in als eigen omgeving, los van je partnerorganisatie en haar providerrelatie, en koop daarin voor eigen gebruik." },
        "option-2-switch-provider": { title: "Optie 2: beëindig de relatie en stap over", detail: "Vraag programmaondersteuning de relatie met deze provider te beëindigen, verkoop voor een andere provider en koop voor eigen gebruik bij een andere partner." },
        "option-3-add-provider": { title: "Optie 3: neem er een tweede provider bij", detail: "Houd de huidige provider en word daarnaast wederverkoper van een andere provider." },
      },
    },
    "SAME-REGION-SALE": {
      title: "Verkoop alleen binnen je CSP-regio",
      summary: "De klanten van een partner moeten in zijn eigen CSP-regio zitten; het land van de tenant van de klant beslist.",
      section: "Voorbeeldscenario 7",
      remedies: {
        "partner-in-customer-region": { title: "Werk met een partner in de regio van de klant", detail: "Verwijs de klant door naar een partner die in de CSP-regio van de klant is gevestigd." },
      },
    },
    "SAME-REGION-RELATIONSHIP": {
      title: "Provider en wederverkoper in dezelfde regio",
      summary: "Een provider en een wederverkoper kunnen alleen samenwerken als ze allebei in dezelfde CSP-regio zitten.",
      section: "Voorbeeldscenario 8",
      remedies: {
        "provider-in-same-region": { title: "Kies een partner in dezelfde regio", detail: "De wederverkoper werkt met een provider die in zijn eigen CSP-regio is gevestigd (en andersom)." },
      },
    },
    "TERMINATION-VIA-SUPPORT": {
      title: "Programmaondersteuning beëindigt relaties tussen provider en wederverkoper",
      summary:
        "In het programma van het artikel kunnen partners een relatie tussen provider en wederverkoper niet zelf beëindigen; ze vragen het programmaondersteuning, die haar beëindigt. Vanaf 1 juli 2020 mag een provider haar zelf beëindigen (zie de geschiedenis van de regel).",
      section: "Voorbeeldscenario 6, optie 2",
      remedies: {
        "contact-program-support": { title: "Neem contact op met programmaondersteuning", detail: "Dien bij Microsoft-partnerondersteuning een verzoek in om de relatie te beëindigen." },
      },
    },
    "CUSTOMER-CONSENT": {
      title: "De klant stemt in met elke partner waarmee hij werkt",
      summary:
        "Een partner beheert de abonnementen van een klant pas nadat de beheerder van de klant zijn verzoek heeft geaccepteerd, en verkoopt pas aan een klant die al door een andere partner wordt bediend nadat de klant een verzoek voor een wederverkopersrelatie heeft geaccepteerd. Voor een eerste verkoop aan een klant die de partner zelf aanbrengt is geen verzoek nodig.",
      section: "Voorbeeldscenario 3 (en scenario 2)",
      remedies: {
        "ask-customer": { title: "Vraag het de beheerder van de klant", detail: "Stuur de klant een verzoek vanuit Klanten → Verzoeken; de beheerder accepteert of weigert het binnen 30 dagen." },
      },
    },
  },
  asTheArticleStates: "Zoals het artikel het beschrijft.",
  versions: {
    "2020-02-01": { title: "Het programma van het artikel", change: "De MPA wordt een voorwaarde om zaken te doen in CSP." },
    "2020-07-01": {
      title: "Providers kunnen een relatie met een wederverkoper zelf beëindigen",
      change:
        "Een indirecte provider mag zijn relatie met een wederverkoper nu zonder programmaondersteuning beëindigen; de klanten en hun beheerdersrechten blijven bij de provider. Een wederverkoper vraagt het nog steeds aan programmaondersteuning.",
    },
    "2020-10-27": {
      title: "Inschrijven voor directe facturering vraagt omzet als wederverkoper",
      change:
        "Inschrijven voor directe facturering vraagt minstens USD 300.000 aan CSP-omzet als indirecte wederverkoper in de 12 maanden daarvoor; nieuwe partners beginnen als indirecte wederverkoper.",
    },
    "2023-04-24": {
      title: "Directe facturering: 12 maanden als wederverkoper en een jaarlijkse beoordeling",
      change:
        "Inschrijven voor directe facturering vraagt ook 12 maanden als indirecte wederverkoper en een geslaagde beoordeling door een externe partij, die elk jaar wordt herhaald. Een partner met directe facturering van wie de beoordeling verloopt, wordt beperkt: geen nieuwe klanten, aankopen of uitnodigingen, terwijl bestaande abonnementen doorlopen.",
    },
    "2024-04-01": {
      title: "Indirecte wederverkopers hebben USD 1.000 per jaar nodig",
      change:
        "Op elke verjaardag van de inschrijving heeft een indirecte wederverkoper minstens USD 1.000 aan CSP-omzet over de 12 maanden daarvoor nodig, anders kan de autorisatie worden ingetrokken en moet hij een jaar wachten voordat hij zich opnieuw inschrijft. Wederverkopers die na 1 april 2023 zijn ingeschreven, worden voor het eerst na maart 2024 gecontroleerd.",
    },
  },
  undatedChanges: [
    "Regio Rusland verwijderd; Wit-Rusland (BY) verwijderd uit de regio Midden-Oosten.",
    "Guam (GU) en de Noordelijke Marianen (MP) verplaatst van Australië naar de Verenigde Staten; Amerikaans-Samoa (AS) verplaatst van Nieuw-Zeeland naar de Verenigde Staten.",
    "Nieuwe regio China (CN, CNY), een apart beheerde cloud.",
    "Factureringsvaluta van de Faeröer (FO) van EUR naar DKK.",
  ],
  verifyMpa: {
    unknownPartnerId: "Geen enkele partner heeft deze Partner-ID. Controleer de cijfers met de wederverkoper.",
    otherRegion: "Partner-ID {partnerId} hoort bij een partner in {place}, buiten je regio; je kunt alleen werken met wederverkopers in je eigen regio.",
    notOnboarded: "Partner-ID {partnerId} is nog geen lid van Partner Center.",
    notEnrolled: "Partner-ID {partnerId} is bekend, maar niet ingeschreven als indirecte wederverkoper.",
    mpaNotAccepted: "Partner-ID {partnerId} heeft de MPA voor je regio niet geaccepteerd; je kunt hem nog niet toevoegen aan nieuwe abonnementen of nieuwe zaken.",
    relationshipPending: "Partner-ID {partnerId} heeft de MPA op {acceptedOn} geaccepteerd, maar voor je relatie met hem loopt een verzoek tot beëindiging: je kunt geen nieuwe zaken met hem doen.",
    relationshipNotActive: "Partner-ID {partnerId} heeft de MPA op {acceptedOn} geaccepteerd, maar je relatie met hem is niet actief (status: {status}): je kunt geen nieuwe zaken met hem doen.",
    accepted: "Partner-ID {partnerId} heeft de MPA op {acceptedOn} geaccepteerd.",
  },
  verifyMpaPartnerCenter: {
    accepted: "Partner Center heeft de MPA van Partner-ID {partnerId} geregistreerd.",
    unknownPartnerId: "Partner Center kent Partner-ID {partnerId} niet (of die is nog niet naar Partner Center overgezet). Controleer de cijfers met de wederverkoper.",
    otherRegion: "Partner Center plaatst Partner-ID {partnerId} in een andere CSP-regio; je kunt alleen werken met wederverkopers in je eigen regio.",
    notEnrolled: "Partner Center kent Partner-ID {partnerId}, maar niet als ingeschreven indirecte wederverkoper.",
    mpaNotAccepted: "Partner Center heeft geen MPA van Partner-ID {partnerId} voor je regio; je kunt hem nog niet toevoegen aan nieuwe abonnementen.",
    refused: "Partner Center heeft geen MPA bevestigd voor Partner-ID {partnerId}: {refusal}",
  },
  requirements: {
    onboarded: "Lid van Partner Center (onboarded)",
    enrolled: "Ingeschreven als indirecte wederverkoper",
    mpa: "Microsoft Partner Agreement geaccepteerd",
    linkedProvider: "Gekoppeld aan minstens één indirecte provider",
    apiIntegration: "API-koppeling met Microsoft",
    billing: "Doorlopend facturering aan zijn klanten",
    support: "Doorlopend ondersteuning voor zijn klanten",
    managedServices: "Doorlopend beheerde services",
  },
  spans: {
    allowedAny: "toegestaan op elke datum",
    blockedAny: "geblokkeerd op elke datum",
    allowedUntil: "toegestaan tot en met {until}",
    blockedUntil: "geblokkeerd tot en met {until}",
    allowedFrom: "toegestaan vanaf {from}",
    blockedFrom: "geblokkeerd vanaf {from}",
    allowedBetween: "toegestaan van {from} tot en met {until}",
    blockedBetween: "geblokkeerd van {from} tot en met {until}",
  },
  findings: {
    chainResellerFromMicrosoft: "In {chain} koopt de indirecte wederverkoper rechtstreeks bij Microsoft; een wederverkoper koopt altijd via een indirecte provider.",
    chainProviderToCustomer: "In {chain} verkoopt de indirecte provider rechtstreeks aan de klant; een provider bereikt klanten alleen via een indirecte wederverkoper.",
    chainUnsupported: "{chain} is geen van de twee ondersteunde ketens.",
    chainOtherSeller: "In de keten {chain} verkoopt een andere partij aan de klant, maar de verkoper is hier een {seller}.",
    chainSupported: "{chain} is een ondersteunde keten.",
    pairFits: "Een indirecte provider en een indirecte wederverkoper: {what} past in de ondersteunde keten.",
    pairWrong: "Voor {what} zijn een indirecte provider en een indirecte wederverkoper nodig, maar de partijen zijn een {first} en een {second}.",
    whatLink: "een relatie tussen provider en wederverkoper",
    whatEnd: "het beëindigen van een relatie tussen provider en wederverkoper",
    actsNotProvider: "Alleen een indirecte provider kan {what}; de handelende partner is een {actor}.",
    actsNotReseller: "Een provider kan alleen voor een indirecte wederverkoper {what}; de andere partner is een {other}.",
    actsOk: "Een indirecte provider die voor zijn indirecte wederverkoper handelt, kan {what}.",
    whatAssociate: "de Partner-ID van een wederverkoper bij een abonnement vastleggen",
    whatTransact: "nieuwe zaken doen met een wederverkoper",
    multiPartnerOthers: "De klant koopt al bij {others}. Dat is prima: een klant mag verschillende services bij verschillende partners afnemen.",
    multiPartnerNone: "De klant mag ook andere services bij andere partners afnemen; niets hier beperkt hem tot één partner.",
    multiChannelOthers: "Bij de klant is al {others} betrokken. Hij mag jou toch inschakelen om zijn abonnementen te beheren.",
    multiChannelNone: "De klant mag jou inschakelen om zijn abonnementen te beheren, naast elke andere partner die hij kiest.",
    consentNotNeeded: "Voor een eerste verkoop aan een klant die je zelf aanbrengt is geen verzoek nodig: de verkoop legt de relatie.",
    consentAccepted: "De beheerder van de klant heeft je verzoek geaccepteerd.",
    consentMissingSell: "De klant werkt al met een andere partner; hij moet je verzoek voor een wederverkopersrelatie accepteren vóór je eerste verkoop.",
    consentMissingManage: "De beheerder van de klant heeft geen verzoek van jou geaccepteerd om zijn abonnementen te beheren.",
    dbShortRevenue: "{revenue} aan CSP-omzet als indirecte wederverkoper over de afgelopen 12 maanden, minder dan de vereiste {required}",
    dbShortSince: "pas {since} als begin als indirecte wederverkoper, minder dan 12 maanden eerder",
    dbShortAssessmentOld: "een beoordeling door een externe partij van {assessedOn}, meer dan een jaar oud",
    dbShortNoAssessment: "geen geslaagde beoordeling door een externe partij",
    dbEnrolShort: "Op {on} moet een nieuwe partner met directe facturering zich eerst als indirecte wederverkoper kwalificeren; deze heeft {short}.",
    dbEnrolMissing: "Op {on} hangt inschrijven voor directe facturering af van {missing}, die het voorstel niet geeft; zonder die gegevens is de regel niet te bevestigen.",
    dbEnrolPass: "De partner heeft {revenue} aan CSP-omzet als indirecte wederverkoper over de afgelopen 12 maanden.",
    dbEnrolPassAssessed:
      "De partner heeft {revenue} aan CSP-omzet als indirecte wederverkoper over de afgelopen 12 maanden, {since} als begin als wederverkoper en een geldige beoordeling van {assessedOn}.",
    dbStandingUnknown: "Vanaf {date} heeft een partner met directe facturering elk jaar een beoordeling door een externe partij nodig; het voorstel geeft {fact} niet, dus we kunnen niet zeggen of hij beperkt is.",
    dbStandingOld:
      "Op {on} is de partner met directe facturering beperkt omdat zijn laatste geslaagde beoordeling, op {assessedOn}, meer dan een jaar oud is: geen nieuwe klanten, aankopen of uitnodigingen, al lopen bestaande abonnementen door.",
    dbStandingNone:
      "Op {on} is de partner met directe facturering beperkt omdat hij geen geslaagde beoordeling door een externe partij heeft: geen nieuwe klanten, aankopen of uitnodigingen, al lopen bestaande abonnementen door.",
    dbStandingPass: "De partner met directe facturering heeft op {assessedOn} zijn beoordeling door een externe partij gehaald, binnen het afgelopen jaar.",
    resellerDeauthorised: "De autorisatie van de wederverkoper is op {deauthorised} ingetrokken en hij heeft zich sindsdien niet opnieuw ingeschreven, dus hij kan op {on} geen nieuwe zaken doen.",
    resellerSinceUnknown: "Vanaf {date} wordt de omzet van een wederverkoper op elke verjaardag van de inschrijving gecontroleerd; zonder {fact} weten we niet wanneer de laatste controle was.",
    resellerNoCheckYet: "De wederverkoper (ingeschreven op {since}) heeft op {on} nog geen controle op de verjaardag onder de omzetregel gehad.",
    resellerRevenueUnknown: "Op zijn verjaardag op {anniversary} had de wederverkoper {required} aan CSP-omzet over de 12 maanden daarvoor nodig; het voorstel geeft {fact} niet.",
    resellerRevenueLow:
      "Op zijn verjaardag op {anniversary} had de wederverkoper {revenue} aan CSP-omzet over de 12 maanden daarvoor, minder dan de vereiste {required}, dus de autorisatie kan worden ingetrokken.",
    resellerRevenueOk: "Op zijn verjaardag op {anniversary} had de wederverkoper {revenue} aan CSP-omzet over de 12 maanden daarvoor, genoeg om geautoriseerd te blijven.",
    reEnrolUnknown: "Vanaf {date} wacht een wederverkoper van wie de autorisatie is ingetrokken een jaar voordat hij zich opnieuw inschrijft; zonder {fact} (null als dat nooit gebeurde) kunnen we het niet zeggen.",
    reEnrolWait: "De autorisatie van de partner is op {deauthorised} ingetrokken; hij mag zich pas een jaar later opnieuw inschrijven.",
    reEnrolNever: "De autorisatie van de partner als wederverkoper is nooit ingetrokken.",
    reEnrolOk: "De autorisatie van de partner is op {deauthorised} ingetrokken, meer dan een jaar geleden, dus hij mag zich opnieuw inschrijven.",
    mpaNotYet: "Op {on} was de MPA nog niet verplicht; de plicht begint op {date}.",
    mpaAccepted: "De {party} heeft de MPA op {acceptedOn} geaccepteerd, dus hij mag op {on} zaken doen.",
    mpaMissing: "De {party} heeft de MPA niet geaccepteerd. Vanaf {date} heeft elke partner die nodig om zaken te doen in CSP.",
    mpaLate: "De {party} accepteert de MPA pas op {acceptedOn}, na {on}. Vanaf {date} heeft elke partner die nodig om zaken te doen in CSP.",
    doingAssociate: "zijn Partner-ID bij een nieuw abonnement vastleggen",
    doingNewBusiness: "nieuwe zaken met hem beginnen",
    gateNotYet: "Op {on} was de MPA nog niet verplicht, dus de provider mag {doing}.",
    gateAccepted: "De wederverkoper heeft de MPA op {acceptedOn} geaccepteerd, dus de provider mag {doing}.",
    gateMissing: "De wederverkoper heeft de MPA niet geaccepteerd, dus de provider mag op {on} niet {doing}.",
    gateLate: "De wederverkoper accepteert de MPA pas op {acceptedOn}, na {on}, dus de provider mag op {on} niet {doing}.",
    mpaNoteAccepted: "De partner heeft de MPA op {acceptedOn} geaccepteerd.",
    mpaNoteFirst: "De partner heeft de MPA nog niet geaccepteerd; dat moet vóór zijn eerste transactie.",
    mpaNoteFrom: "De partner heeft de MPA nog niet geaccepteerd; dat moet voordat hij vanaf {date} zaken doet.",
    linkAlreadyActive: "De twee partners hebben al een actieve relatie; opnieuw koppelen verandert niets.",
    enrollOnboarded: "De partner is lid van Partner Center, de eerste stap, dus hij kan zich inschrijven als indirecte wederverkoper.",
    enrollNotOnboarded: "De partner is nog geen lid van Partner Center; dat komt vóór de inschrijving als indirecte wederverkoper.",
    ownUseFromProvider: "hij koopt bij een indirecte provider, die alleen via een wederverkoper aan eindklanten verkoopt",
    ownUseCspTenant: "de services zouden in de CSP-tenant van de partner komen",
    ownUseChosenCsp: "de gekozen tenant is de CSP-tenant van de partner",
    ownUsePass: "De partner koopt bij een {seller} in een tenant van het type klant, zoals elke klant.",
    ownUseFail: "Een partner die voor zichzelf koopt, moet bij een wederverkoper of een partner met directe facturering kopen, in een tenant van het type klant, maar {problems}.",
    affiliationNone: "Verkoper en koper zijn organisaties zonder onderlinge banden.",
    affiliationSame: "De koper is de eigen organisatie van de verkoper; partners mogen niet aan zichzelf of aan gelieerde organisaties als eindklant verkopen.",
    affiliationGroup: "De koper is gelieerd aan de verkoper (dezelfde groep van gelieerde organisaties); partners mogen niet aan zichzelf of aan gelieerde organisaties als eindklant verkopen.",
    unnamedTenant: "zonder naam",
    ownProviderNot: "De koper verkoopt niet door voor de provider die deze aankoop levert.",
    ownProviderSeparate:
      "De koper verkoopt door voor deze provider (relatie: {status}), maar koopt in een tenant die als aparte omgeving is ingericht ({tenant}), wat de twee rollen gescheiden houdt.",
    ownProviderFail:
      "De koper verkoopt al door voor deze provider (relatie: {status}), dus hij kan niet ook eindklant van die provider zijn, zelfs niet in zijn eigen tenant van het type klant.",
    stepJoin: "lid worden van Partner Center",
    stepEnroll: "zich inschrijven als indirecte wederverkoper",
    stepMpa: "de MPA accepteren",
    readyPass: "De wederverkoper is lid van Partner Center, ingeschreven als indirecte wederverkoper en heeft de MPA geaccepteerd.",
    readyFail: "De wederverkoper is op {on} niet klaar voor nieuwe zaken: hij moet nog {missing}.",
    capApiIntegration: "API-koppeling met Microsoft",
    capBilling: "facturering aan zijn klanten",
    capSupport: "klantondersteuning",
    capManagedServices: "beheerde services",
    capPass: "De partner heeft een API-koppeling met Microsoft en zorgt voor facturering, ondersteuning en beheerde services.",
    capFail: "Een partner met directe facturering moet alle vier de mogelijkheden bieden; deze mist {missing}.",
    saleUnknownCustomer: "We kennen de landcode \"{country}\" van de tenant van de klant niet, dus we kunnen niet bevestigen dat de verkoop binnen één regio blijft.",
    saleUnknownSeller: "We kennen de landcode \"{country}\" van de verkoper niet, dus we kunnen niet bevestigen dat de verkoop binnen één regio blijft.",
    saleOtherRegion: "De tenant van de klant staat in {customerPlace}, maar de {seller} zit in {sellerPlace}; een partner verkoopt alleen binnen zijn eigen regio.",
    salePass: "De tenant van de klant staat in {customerPlace}, dezelfde regio als de {seller} in {sellerCountry}.",
    relUnknown: "We kennen de landcode \"{country}\" niet, dus we kunnen niet bevestigen dat beide partners in één regio zitten.",
    relOtherRegion: "De provider zit in {providerPlace} en de wederverkoper in {resellerPlace}; ze kunnen alleen binnen één regio samenwerken.",
    relPass: "Provider ({provider}) en wederverkoper ({reseller}) zitten allebei in de regio {region}.",
    relActive: "De relatie tussen provider en wederverkoper is actief.",
    relNone: "Er is geen relatie tussen de provider en de wederverkoper, dus de provider kan geen zaken doen voor deze wederverkoper.",
    relNotActive: "De relatie tussen provider en wederverkoper is niet actief (status: {status}), dus de provider kan geen zaken doen voor deze wederverkoper.",
    termEnded: "De relatie is al beëindigd; er valt niets meer te beëindigen.",
    termSupport: "Programmaondersteuning beëindigt de relatie tussen de provider en de wederverkoper (status: {status}).",
    termSelf: "Sinds {date} mag een provider een relatie met zijn wederverkoper (status: {status}) zelf beëindigen; de klanten en hun beheerdersrechten blijven bij de provider.",
    termRequested: "Er is al gevraagd deze relatie te beëindigen; programmaondersteuning moet dat nog uitvoeren.",
    termPartner: "Een partner kan een relatie tussen provider en wederverkoper (status: {status}) niet zelf beëindigen. Het verzoek gaat naar programmaondersteuning, die de relatie beëindigt.",
  },
};

addRulesCatalogue("nl", nl);
