import { orgNumberFor, websiteFor } from "./companies";
import { networkSeeds } from "./networks";
import { demoEmail, userId, type BuildContext } from "./people";
import { addDays, at, type PersonSeed } from "./types";

// The hand-written people: the four demo accounts one can sign in with, and the advisors
// who started the other networks.

export const ADMIN_EMAIL = "admin@kosmopolit.test";
export const FACILITATOR_EMAIL = "facilitator@kosmopolit.test";
export const ORGANISER_EMAIL = "organiser@kosmopolit.test";
export const MEMBER_EMAIL = "member@kosmopolit.test";

const swedishBorn = (city: string, headline: string, bio: string): PersonSeed["profile"] => ({
  headline,
  bio,
  city,
  countryOfBirth: "SE",
  openToIntroductions: false,
});

export function buildAccounts(context: BuildContext) {
  const admin: PersonSeed = {
    id: userId(1),
    email: ADMIN_EMAIL,
    name: "Elin Sandberg",
    locale: "en",
    createdAt: at("2023-12-01"),
    isAdmin: true,
    profile: swedishBorn(
      "Stockholm",
      "Platform administrator, Kosmopolit",
      "I run this Kosmopolit installation: I create networks, appoint facilitators and look after the support organisations. Write to me if something does not work.",
    ),
    languages: [{ code: "sv", level: "NATIVE" }, { code: "en", level: "FLUENT" }],
    knowledge: [],
  };

  // One advisor per network; Kronoberg's is the facilitator demo account (user 2), the others are users 5–8.
  const facilitators = new Map<string, PersonSeed>();
  let number = 5;
  for (const network of networkSeeds) {
    const { name, organisation, city, email } = network.facilitator;
    const [first = name, family = name] = name.split(" ");
    const userNumber = email ? 2 : number++;
    facilitators.set(network.slug, {
      id: userId(userNumber),
      email: email ?? demoEmail(first, family, userNumber),
      name,
      locale: email ? "en" : "sv",
      createdAt: addDays(at(network.createdAt), -14),
      facilitatorOrganisation: organisation,
      profile: swedishBorn(
        city,
        `Export advisor, ${organisation}`,
        `Advisor at ${organisation} in ${city}. I lead the start-up meetings of new Kosmopolit networks and help members find the right support for their first steps abroad.`,
      ),
      languages: [{ code: "sv", level: "NATIVE" }, { code: "en", level: "FLUENT" }, ...(userNumber % 2 === 0 ? [{ code: "de", level: "PROFESSIONAL" as const }] : [])],
      knowledge: [],
    });
  }

  const organiser: PersonSeed = {
    id: userId(3),
    email: ORGANISER_EMAIL,
    name: "Amira Haddad",
    locale: "en",
    createdAt: at("2024-02-01"),
    profile: {
      headline: "CEO, Nordic Levant Trading AB — Nordic food and design for the Middle East",
      bio: "Grew up in Aleppo, Syria, and came to Umeå in 2013. Started Nordic Levant Trading in 2016; today we sell Swedish food products and Nordic design to retailers in Lebanon, Jordan and the Gulf. Ask me about distributors, payment terms and trade fairs in the region.",
      city: "Umeå",
      countryOfBirth: "SY",
      openToIntroductions: true,
    },
    languages: [{ code: "ar", level: "NATIVE" }, { code: "sv", level: "FLUENT" }, { code: "en", level: "FLUENT" }, { code: "fr", level: "PROFESSIONAL" }],
    knowledge: [
      { country: "SY", relations: ["BORN", "LIVED", "HAS_CONTACTS"], years: 24, areas: ["BUSINESS_CULTURE", "POLITICS_REGULATION", "LANGUAGE", "RELIGION_CUSTOMS", "LOGISTICS", "FINANCE_PAYMENTS"] },
      { country: "LB", relations: ["DID_BUSINESS", "EXPORTS_TO"], years: 8, areas: ["BUSINESS_CULTURE", "LOGISTICS", "FINANCE_PAYMENTS"], note: "Knows how letters of credit and advance payments are used in Lebanon" },
      { country: "JO", relations: ["EXPORTS_TO"], years: 5, areas: ["POLITICS_REGULATION", "LOGISTICS"], note: "Knows how food safety approvals are handled in Jordan" },
      { country: "AE", relations: ["EXPORTS_TO", "HAS_CONTACTS"], years: 6, areas: ["BUSINESS_CULTURE", "LOGISTICS", "FINANCE_PAYMENTS"] },
    ],
    company: {
      name: "Nordic Levant Trading AB",
      orgNumber: orgNumberFor(context.random, context.usedOrgNumbers, { soleTrader: false, founded: 2016 }),
      sniSection: "G",
      size: "SMALL",
      website: websiteFor("Nordic Levant Trading AB"),
      exporting: true,
      exportMarkets: ["LB", "JO", "AE"],
    },
  };

  const member: PersonSeed = {
    id: userId(4),
    email: MEMBER_EMAIL,
    name: "Tomás Herrera",
    locale: "en",
    createdAt: at("2026-11-04"),
    profile: {
      headline: "Founder, Andes Digital AB — software development",
      bio: "Born in Valparaíso; in Sweden since 2015. At Andes Digital, founded in 2019, we build web and mobile apps for clients in Sweden, Chile and Spain. Looking for peers who know Germany and want to work together.",
      city: "Umeå",
      countryOfBirth: "CL",
      openToIntroductions: true,
    },
    languages: [{ code: "es", level: "NATIVE" }, { code: "sv", level: "PROFESSIONAL" }, { code: "en", level: "FLUENT" }],
    knowledge: [
      { country: "CL", relations: ["BORN", "LIVED", "EXPORTS_TO", "HAS_CONTACTS"], years: 27, areas: ["BUSINESS_CULTURE", "POLITICS_REGULATION", "LANGUAGE", "RELIGION_CUSTOMS", "FINANCE_PAYMENTS"] },
      { country: "AR", relations: ["WORKED"], years: 3, areas: ["BUSINESS_CULTURE", "FINANCE_PAYMENTS"], note: "Familiar with VAT, invoicing and currency rules in Argentina" },
      { country: "ES", relations: ["DID_BUSINESS", "EXPORTS_TO"], years: 4, areas: ["BUSINESS_CULTURE", "LANGUAGE"] },
    ],
    company: {
      name: "Andes Digital AB",
      orgNumber: orgNumberFor(context.random, context.usedOrgNumbers, { soleTrader: false, founded: 2019 }),
      sniSection: "J",
      size: "MICRO",
      website: websiteFor("Andes Digital AB"),
      exporting: true,
      exportMarkets: ["CL", "ES"],
    },
  };

  context.usedCompanyNames.add(organiser.company!.name).add(member.company!.name);
  return { admin, facilitators, organiser, member };
}
