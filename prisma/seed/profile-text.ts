import type { KnowledgeArea } from "@/generated/prisma/client";
import type { Random } from "./random";

// English texts for profiles: bios in the first person, and notes that describe knowledge
// *of* a country (how things work there), never the member's own beliefs.

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const withArticle = new Set(["US", "GB", "NL", "PH", "AE", "PS", "CZ"]);

export function countryName(code: string): string {
  if (code === "PS") return "the Palestinian territories";
  const name = regionNames.of(code) ?? code;
  return withArticle.has(code) ? `the ${name}` : name;
}

/** "Norway, Germany and Lebanon". */
export function listCountries(codes: string[]): string {
  const names = codes.map(countryName);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const notes: Record<KnowledgeArea, string[]> = {
  BUSINESS_CULTURE: [
    "Knows the etiquette for first meetings and negotiations in {c}",
    "Knows how family-owned companies make decisions in {c}",
    "Knows how trade fairs and distributor relationships work in {c}",
  ],
  POLITICS_REGULATION: [
    "Knows how public procurement works in {c}",
    "Familiar with import licences and product registration in {c}",
    "Knows the rules for foreign-owned companies in {c}",
    "Knows how food safety approvals are handled in {c}",
  ],
  LANGUAGE: [
    "Can read contracts and official documents from {c}",
    "Knows the business vocabulary and regional dialects used in {c}",
  ],
  RELIGION_CUSTOMS: [
    "Knows how religious holidays shape the business calendar in {c}",
    "Knows the hospitality and gift-giving customs of business life in {c}",
  ],
  LOGISTICS: [
    "Knows the main ports, customs brokers and transit routes for {c}",
    "Familiar with cold-chain transport and customs clearance into {c}",
  ],
  FINANCE_PAYMENTS: [
    "Knows how letters of credit and advance payments are used in {c}",
    "Familiar with VAT, invoicing and currency rules in {c}",
    "Knows how local banks and mobile payments work in {c}",
  ],
};

export function knowledgeNote(random: Random, country: string, areas: KnowledgeArea[]): string {
  const area = random.pick(areas);
  return random.pick(notes[area]).replace("{c}", countryName(country));
}

export interface BioFacts {
  place: string;
  country: string;
  city: string;
  arrival: number;
  founded: number;
  company: string;
  does: string;
  solo: boolean;
  exportMarkets: string[];
  /** A country the person knows besides the country of birth, if any. */
  otherKnown?: string;
}

export function bioFor(random: Random, facts: BioFacts): string {
  const country = countryName(facts.country);
  const arrival = random.pick([
    `Moved to Sweden from ${facts.place} in ${facts.arrival}.`,
    `Grew up in ${facts.place}, ${country}, and came to ${facts.city} in ${facts.arrival}.`,
    `Came to Sweden to study in ${facts.arrival} and stayed.`,
    `Born in ${facts.place}; in Sweden since ${facts.arrival}.`,
    `Worked for several years in ${country} before moving to ${facts.city} in ${facts.arrival}.`,
  ]);
  const pronoun = facts.solo ? "I" : "we";
  const business = random.pick([
    `Started ${facts.company} in ${facts.founded}; today ${pronoun} ${facts.does}.`,
    `At ${facts.company}, founded in ${facts.founded}, ${pronoun} ${facts.does}.`,
  ]);
  const sentences = [arrival, business];
  if (facts.exportMarkets.length > 0 && random.chance(0.7)) {
    const markets = listCountries(facts.exportMarkets);
    const those = facts.exportMarkets.length === 1 ? "that market" : "those markets";
    sentences.push(
      random.pick([
        `${capitalise(pronoun)} sell to ${markets}, and I am happy to share what I have learned about ${those}.`,
        `Exporting to ${markets} taught me a lot — ask me about paperwork, payment and partners.`,
        `Our next goal is to grow further in ${markets}.`,
      ]),
    );
  } else if (random.chance(0.5)) {
    const other = facts.otherKnown ? countryName(facts.otherKnown) : country;
    sentences.push(
      random.pick([
        `Happy to help members who are curious about ${country}.`,
        `Looking for peers who know ${other} and want to work together.`,
        "Interested in joint trips to trade fairs with other members.",
        "Thinking about a first export step and keen to learn from those who have done it.",
      ]),
    );
  }
  return sentences.join(" ");
}
