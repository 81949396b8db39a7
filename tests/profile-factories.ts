// Factories for people with profiles, languages, country knowledge and companies. Every call
// makes unique rows; `token()` gives a word no other test uses, to scope searches to one test.
import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db/client";
import type { CompanySize, CountryRelation, KnowledgeArea, LanguageLevel, NetworkRole, Visibility } from "@/generated/prisma/client";
import { addMember, createUser } from "./factories";

/** A lower-case word of letters only, unlike any other: a search for it finds only the rows that carry it. */
export const token = (prefix = "zq") =>
  `${prefix}${randomUUID()
    .replace(/-/g, "")
    .slice(0, 10)
    .split("")
    .map((hex) => String.fromCharCode(97 + parseInt(hex, 16)))
    .join("")}`;

export interface PersonSpec {
  name?: string;
  networks?: { id: string; role?: NetworkRole }[];
  headline?: string | null;
  bio?: string | null;
  openToIntroductions?: boolean;
  visibility?: Partial<Record<"about" | "languages" | "countries" | "company", Visibility>>;
  /** Without a profile row the defaults apply (every section MEMBERS). */
  noProfile?: boolean;
  languages?: { code: string; level: LanguageLevel }[];
  countries?: { country: string; relations: CountryRelation[]; areas?: KnowledgeArea[]; years?: number }[];
  company?: { name: string; sector?: string; exporting?: boolean; size?: CompanySize } | null;
}

const orgNumber = () => `${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}-${String(Math.floor(Math.random() * 1e4)).padStart(4, "0")}`;

export async function createPerson(spec: PersonSpec = {}) {
  const db = getPrisma();
  const user = await createUser(spec.name ? { name: spec.name } : {});
  if (!spec.noProfile) {
    const visibility = spec.visibility ?? {};
    await db.profile.create({
      data: {
        userId: user.id,
        headline: spec.headline ?? null,
        bio: spec.bio ?? null,
        openToIntroductions: spec.openToIntroductions ?? false,
        aboutVisibility: visibility.about ?? "MEMBERS",
        languagesVisibility: visibility.languages ?? "MEMBERS",
        countriesVisibility: visibility.countries ?? "MEMBERS",
        companyVisibility: visibility.company ?? "MEMBERS",
      },
    });
  }
  if (spec.languages?.length) await db.userLanguage.createMany({ data: spec.languages.map((language) => ({ userId: user.id, ...language })) });
  if (spec.countries?.length) {
    await db.countryKnowledge.createMany({
      data: spec.countries.map((row) => ({ userId: user.id, country: row.country, relations: row.relations, areas: row.areas ?? ["BUSINESS_CULTURE"], years: row.years ?? null })),
    });
  }
  if (spec.company) {
    await db.company.create({
      data: {
        ownerId: user.id,
        name: spec.company.name,
        orgNumber: orgNumber(),
        sniSection: spec.company.sector ?? "G",
        size: spec.company.size ?? "MICRO",
        exporting: spec.company.exporting ?? false,
      },
    });
  }
  for (const network of spec.networks ?? []) await addMember(network.id, user.id, network.role ?? "MEMBER");
  return user;
}
