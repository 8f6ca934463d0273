// A direct-bill partner can be enrolled and yet unable to act: a capability it had at enrollment is gone. The
// status page must then say which one, never "Enrolled — done" beside "you cannot act" without a reason.

type Requirement = { label: string; done: boolean };

/** The sentence under "Enrolled as direct-bill partner" when a requirement lapsed, or null when none did. */
export function lapsedRequirementNotice(enrolled: boolean, requirements: Requirement[], locale: string = "en"): string | null {
  const lapsed = requirements.filter((requirement) => !requirement.done).map((requirement) => `“${requirement.label}”`);
  if (!enrolled || lapsed.length === 0) return null;
  const one = lapsed.length === 1;
  if (locale === "nl") {
    const named = one ? lapsed[0] : `${lapsed.slice(0, -1).join(", ")} en ${lapsed.at(-1)}`;
    return one
      ? `Je inschrijving is vastgelegd, maar ${named} is niet meer aanwezig: tot dat weer zo is, kun je niet werken als partner met directe facturering.`
      : `Je inschrijving is vastgelegd, maar ${named} zijn niet meer aanwezig: tot die er weer zijn, kun je niet werken als partner met directe facturering.`;
  }
  const named = one ? lapsed[0] : `${lapsed.slice(0, -1).join(", ")} and ${lapsed.at(-1)}`;
  return `Your enrollment is recorded, but ${named} ${one ? "is" : "are"} no longer in place: until ${one ? "it is" : "they are"} back, you cannot act as a direct-bill partner.`;
}
