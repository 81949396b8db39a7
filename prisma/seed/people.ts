import type { CountryRelation, KnowledgeArea, LanguageLevel } from "@/generated/prisma/client";
import { brandWords, fillTemplate, orgNumberFor, sectors, sizeWeights, slugify, titleFor, websiteFor } from "./companies";
import { familyNameFor, nameTables } from "./names";
import type { NetworkSeed } from "./networks";
import { commonMarkets, origins, type Origin } from "./origins";
import { bioFor, knowledgeNote } from "./profile-text";
import type { Random } from "./random";
import { addDays, at, type MembershipSeed, type PersonSeed } from "./types";

const ALL_AREAS: KnowledgeArea[] = ["BUSINESS_CULTURE", "POLITICS_REGULATION", "LANGUAGE", "RELIGION_CUSTOMS", "LOGISTICS", "FINANCE_PAYMENTS"];
const TRADE_AREAS: KnowledgeArea[] = ["BUSINESS_CULTURE", "POLITICS_REGULATION", "LOGISTICS", "FINANCE_PAYMENTS", "LANGUAGE"];
// Calibrates the per-kind export probabilities so that about 40 % of the firms export.
const EXPORT_FACTOR = 1.15;
const SIZE_EXPORT_FACTOR = { SOLO: 0.8, MICRO: 1, SMALL: 1.25, MEDIUM: 1.4, LARGE: 1.5 } as const;

export const userId = (number: number) => `demo-user-${String(number).padStart(4, "0")}`;
export const demoEmail = (first: string, family: string, number: number) => `${slugify(first)}.${slugify(family)}.${number}@example.se`;

export interface BuildContext {
  random: Random;
  usedOrgNumbers: Set<string>;
  usedCompanyNames: Set<string>;
}

const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);

function pickLanguages(random: Random, origin: Origin, arrival: number): PersonSeed["languages"] {
  const languages: PersonSeed["languages"] = random.pick(origin.native).map((code) => ({ code, level: "NATIVE" as LanguageLevel }));
  const has = (code: string) => languages.some((language) => language.code === code);
  if (!has("sv")) {
    const level = arrival < 2008 ? random.weighted<LanguageLevel>([["FLUENT", 70], ["PROFESSIONAL", 25], ["BASIC", 5]]) : random.weighted<LanguageLevel>([["FLUENT", 30], ["PROFESSIONAL", 40], ["BASIC", 30]]);
    languages.push({ code: "sv", level });
  }
  if (!has("en")) {
    const level: LanguageLevel =
      origin.english === "N" ? "NATIVE" : origin.english === "F" ? random.weighted<LanguageLevel>([["FLUENT", 85], ["PROFESSIONAL", 15]]) : random.weighted<LanguageLevel>([["FLUENT", 40], ["PROFESSIONAL", 42], ["BASIC", 18]]);
    languages.push({ code: "en", level });
  }
  if (random.chance(0.35)) {
    const extra = random.pick(origin.extra);
    if (!has(extra)) languages.push({ code: extra, level: random.weighted<LanguageLevel>([["FLUENT", 20], ["PROFESSIONAL", 40], ["BASIC", 40]]) });
  }
  return languages;
}

function pickExportMarkets(random: Random, origin: Origin, country: string): string[] {
  const count = random.weighted([[1, 35], [2, 35], [3, 20], [4, 10]]);
  const markets: string[] = [];
  if (!origin.noExportHome && random.chance(0.55)) markets.push(country);
  for (let tries = 0; markets.length < count && tries < 20; tries++) {
    const market = random.chance(0.6) ? random.pick(origin.near) : random.pick(commonMarkets);
    if (market !== "SE" && !markets.includes(market)) markets.push(market);
  }
  return markets;
}

function someAreas(random: Random, min: number, max: number): KnowledgeArea[] {
  const chosen = new Set(random.sample(TRADE_AREAS, random.int(min, max)));
  return ALL_AREAS.filter((area) => chosen.has(area));
}

function pickKnowledge(random: Random, origin: Origin, country: string, years: number, founded: number, exportMarkets: string[]): PersonSeed["knowledge"] {
  const bornRelations: CountryRelation[] = ["BORN"];
  if (random.chance(0.85)) bornRelations.push("LIVED");
  if (exportMarkets.includes(country)) bornRelations.push("EXPORTS_TO");
  if (random.chance(0.65)) bornRelations.push("HAS_CONTACTS");
  const bornAreas = random.chance(0.6) ? ALL_AREAS : ALL_AREAS.filter((area) => !random.sample(["LOGISTICS", "FINANCE_PAYMENTS", "POLITICS_REGULATION"], random.int(1, 2)).includes(area));
  const knowledge: PersonSeed["knowledge"] = [
    { country, relations: bornRelations, years, areas: bornAreas, note: random.chance(0.12) ? knowledgeNote(random, country, bornAreas) : undefined },
  ];
  const exportYears = Math.max(1, 2026 - founded);
  for (const market of exportMarkets.filter((market) => market !== country).slice(0, 3)) {
    const relations: CountryRelation[] = random.chance(0.5) ? ["DID_BUSINESS", "EXPORTS_TO"] : ["EXPORTS_TO"];
    const areas = someAreas(random, 1, 4);
    knowledge.push({ country: market, relations, years: random.int(1, exportYears), areas, note: random.chance(0.3) ? knowledgeNote(random, market, areas) : undefined });
  }
  const wanted = Math.max(knowledge.length - 1, random.weighted([[0, 25], [1, 35], [2, 25], [3, 15]]));
  for (let tries = 0; knowledge.length - 1 < wanted && tries < 20; tries++) {
    const other = random.chance(0.6) ? random.pick(origin.near) : random.pick(commonMarkets);
    if (other === "SE" || knowledge.some((row) => row.country === other)) continue;
    const relations = random.weighted<CountryRelation[]>([[["WORKED"], 20], [["DID_BUSINESS"], 20], [["HAS_CONTACTS"], 25], [["LIVED"], 10], [["LIVED", "WORKED"], 10], [["DID_BUSINESS", "HAS_CONTACTS"], 15]]);
    const areas = someAreas(random, 1, 4);
    knowledge.push({ country: other, relations, years: random.int(1, 10), areas, note: random.chance(0.3) ? knowledgeNote(random, other, areas) : undefined });
  }
  return knowledge;
}

/** One member entrepreneur of `network`, with profile, languages, knowledge and company. */
export function buildMember(context: BuildContext, network: NetworkSeed, number: number): PersonSeed {
  const { random } = context;
  const origin = random.weighted(origins.map((candidate) => [candidate, candidate.weight * (network.originBoost[candidate.key] ?? 1)] as const));
  const female = random.chance(origin.femaleShare ?? 0.45);
  const names = nameTables[origin.names];
  const first = random.pick(female ? names.female : names.male);
  let family = familyNameFor(random.pick(names.family), female, origin.familyRule);
  const companyFamily = family;
  if (origin.doubleFamily && random.chance(0.45)) {
    const second = random.pick(names.family);
    if (second !== family) family = `${family} ${second}`;
  }
  const city = random.weighted(network.cities);
  const birthYear = random.int(1958, 1998);
  const arrival = random.int(Math.max(1988, birthYear + 18), Math.min(2022, birthYear + 45));
  const founded = Math.min(2025, arrival + random.int(1, 9));
  const place = random.pick(origin.places);
  const sector = random.weighted(sectors.map((candidate) => [candidate, candidate.weight] as const));
  const kind = random.pick(sector.kinds);
  const size = random.weighted(sizeWeights);
  const soleTrader = size === "SOLO" && random.chance(0.45);

  const values = {
    place,
    firsts: genitive(first.split(" ")[0] ?? first),
    family: companyFamily,
    city,
    region: origin.region,
    adj: origin.adjective,
    word: "",
  };
  let companyName = "";
  for (let tries = 0; !companyName || context.usedCompanyNames.has(companyName); tries++) {
    values.word = random.chance(0.25) ? random.pick(network.localWords) : random.pick(brandWords);
    companyName = fillTemplate(random.pick(kind.names), values);
    if (tries > 10) companyName = companyName.replace(/ AB$/, ` ${city} AB`);
    if (soleTrader) companyName = companyName.replace(/ AB$/, "");
  }
  context.usedCompanyNames.add(companyName);

  const exporting = random.chance(kind.exports * EXPORT_FACTOR * SIZE_EXPORT_FACTOR[size]);
  const exportMarkets = exporting ? pickExportMarkets(random, origin, origin.country) : [];
  const knowledge = pickKnowledge(random, origin, origin.country, arrival - birthYear, founded, exportMarkets);
  const does = fillTemplate(kind.does, values);
  const createdAt = at("2024-01-01"); // replaced once the membership dates are known

  return {
    id: userId(number),
    email: demoEmail(first, family, number),
    name: `${first} ${family}`,
    locale: random.chance(0.08) ? "sv" : "en",
    createdAt,
    profile: {
      headline: `${titleFor(random, size)}, ${companyName} — ${fillTemplate(kind.what, values)}`,
      bio: bioFor(random, {
        place,
        country: origin.country,
        city,
        arrival,
        founded,
        company: companyName,
        does,
        solo: size === "SOLO",
        exportMarkets,
        otherKnown: knowledge[1]?.country,
      }),
      city,
      countryOfBirth: origin.country,
      openToIntroductions: random.chance(0.6),
    },
    languages: pickLanguages(random, origin, arrival),
    knowledge,
    company: {
      name: companyName,
      orgNumber: orgNumberFor(random, context.usedOrgNumbers, { soleTrader, founded }),
      sniSection: sector.letter,
      size,
      website: random.chance(0.7) ? websiteFor(companyName) : undefined,
      exporting,
      exportMarkets,
    },
  };
}

/** A date between two instants, at a plausible hour. */
export function dateBetween(random: Random, from: Date, to: Date): Date {
  const days = Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));
  const day = addDays(from, random.int(0, days));
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), random.int(6, 19), random.int(0, 59)));
}

export type { MembershipSeed };
