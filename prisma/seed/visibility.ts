import type { Visibility } from "@/generated/prisma/client";
import { ADMIN_EMAIL, FACILITATOR_EMAIL, MEMBER_EMAIL, ORGANISER_EMAIL } from "./accounts";
import { mulberry32 } from "./random";
import type { PersonSeed } from "./types";

// Who may see each profile section of the demo people: about 20 % PUBLIC, 65 % MEMBERS and
// 15 % NETWORK per section. Drawn from each person's id and the section's name, not from the
// dataset's shared random sequence, so adding this changed none of the other demo data.

const SECTIONS = ["aboutVisibility", "languagesVisibility", "countriesVisibility", "companyVisibility"] as const;
export type SectionVisibilities = Record<(typeof SECTIONS)[number], Visibility>;

/** The four accounts one signs in with keep the default, so their pages behave predictably. */
const DEMO_ACCOUNTS = new Set([ADMIN_EMAIL, FACILITATOR_EMAIL, ORGANISER_EMAIL, MEMBER_EMAIL]);

function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

export function visibilityOf(personId: string, section: string): Visibility {
  const roll = mulberry32(seedOf(`${personId}:${section}`))();
  return roll < 0.2 ? "PUBLIC" : roll < 0.85 ? "MEMBERS" : "NETWORK";
}

export function sectionVisibilities(person: Pick<PersonSeed, "id" | "email">): SectionVisibilities {
  const all = (visibility: Visibility) => Object.fromEntries(SECTIONS.map((section) => [section, visibility])) as SectionVisibilities;
  if (DEMO_ACCOUNTS.has(person.email)) return all("MEMBERS");
  return Object.fromEntries(SECTIONS.map((section) => [section, visibilityOf(person.id, section)])) as SectionVisibilities;
}
