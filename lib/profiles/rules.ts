import type { Visibility } from "@/generated/prisma/enums";
import { canSee, profileSections, type ProfileSection, type ViewerRelation } from "./visibility";

// Pure decisions about profiles: which sections a viewer sees, list checks, avatar initials.

export type SectionVisibility = Record<ProfileSection, Visibility>;

/** A profile's section visibilities; a person without a profile row has the defaults (MEMBERS). */
export function sectionVisibility(
  profile: { aboutVisibility: Visibility; languagesVisibility: Visibility; countriesVisibility: Visibility; companyVisibility: Visibility } | null | undefined,
): SectionVisibility {
  return {
    about: profile?.aboutVisibility ?? "MEMBERS",
    languages: profile?.languagesVisibility ?? "MEMBERS",
    countries: profile?.countriesVisibility ?? "MEMBERS",
    company: profile?.companyVisibility ?? "MEMBERS",
  };
}

/** Which sections `viewer` may see, by the single rule of visibility.ts. */
export function visibleSections(visibility: SectionVisibility, viewer: ViewerRelation): Record<ProfileSection, boolean> {
  return Object.fromEntries(profileSections.map((section) => [section, canSee(visibility[section], viewer)])) as Record<ProfileSection, boolean>;
}

/** The profile page exists for a viewer only if at least one section is theirs to see. */
export const seesAnything = (sections: Record<ProfileSection, boolean>) => profileSections.some((section) => sections[section]);

/** Indexes of the values that repeat an earlier one (compared case-insensitively). */
export function duplicateIndexes(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeats: number[] = [];
  values.forEach((value, index) => {
    const key = value.toLowerCase();
    if (seen.has(key)) repeats.push(index);
    seen.add(key);
  });
  return repeats;
}

/** Up to two initials from the first and last word of a name: "Amira Haddad" → "AH". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = Array.from(words[0]!)[0] ?? "";
  const last = words.length > 1 ? (Array.from(words[words.length - 1]!)[0] ?? "") : "";
  return `${first}${last}`.toLocaleUpperCase();
}

/** A stable index in [0, count) for an id (FNV-1a), so a person keeps the same avatar colour. */
export function colourIndex(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** Codes sorted by their display name in `locale`, as [code, name] pairs for a select. */
export function sortedByName(codes: readonly string[], nameOf: (code: string) => string, locale: string): { code: string; name: string }[] {
  return codes.map((code) => ({ code, name: nameOf(code) })).sort((a, b) => a.name.localeCompare(b.name, locale) || a.code.localeCompare(b.code));
}
