import type { Visibility } from "@/generated/prisma/enums";

export const visibilityLevels = ["NETWORK", "MEMBERS", "PUBLIC"] as const satisfies readonly Visibility[];
export const profileSections = ["about", "languages", "countries", "company"] as const;
export type ProfileSection = (typeof profileSections)[number];

/** Who is looking, relative to the profile's owner. */
export interface ViewerRelation {
  isSelf: boolean;
  /** Signed in and a member firm, organiser or facilitator of at least one network. */
  isNetworkMember: boolean;
  /** Shares at least one network with the owner. */
  sharesNetwork: boolean;
}

/** The single rule behind pages, search, facets and the API (whose SQL mirrors it in visibility-sql.ts). */
export function canSee(visibility: Visibility, viewer: ViewerRelation): boolean {
  if (viewer.isSelf || visibility === "PUBLIC") return true;
  if (visibility === "MEMBERS") return viewer.isNetworkMember;
  return viewer.sharesNetwork;
}

export const visibilityColumn: Record<ProfileSection, "aboutVisibility" | "languagesVisibility" | "countriesVisibility" | "companyVisibility"> = {
  about: "aboutVisibility",
  languages: "languagesVisibility",
  countries: "countriesVisibility",
  company: "companyVisibility",
};
