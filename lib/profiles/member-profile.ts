import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { LANGUAGE_LEVELS } from "./options";
import { sectionVisibility, seesAnything, visibleSections } from "./rules";
import { memberIdSchema } from "./schema";
import { viewerRelation } from "./viewer";

/**
 * A member's profile as `actorId` (null for a visitor) may see it: each section only if the
 * visibility rule allows it, and absent otherwise. NOT_FOUND when nothing at all is visible,
 * so that a hidden profile cannot be told apart from one that does not exist.
 */
export async function getMemberProfile({ actorId, ...input }: { actorId: string | null; memberId: unknown }) {
  const { memberId } = parseInput(memberIdSchema, input);
  const db = getPrisma();
  const owner = await db.user.findUnique({
    where: { id: memberId },
    select: {
      id: true,
      name: true,
      status: true,
      profile: { select: { aboutVisibility: true, languagesVisibility: true, countriesVisibility: true, companyVisibility: true } },
    },
  });
  if (!owner || owner.status !== "ACTIVE") throw new AppError("NOT_FOUND", "profileNotFound");
  const viewer = await viewerRelation(actorId, owner.id);
  const visibility = sectionVisibility(owner.profile);
  const sees = visibleSections(visibility, viewer);
  if (!seesAnything(sees)) throw new AppError("NOT_FOUND", "profileNotFound");

  // Only the sections the viewer may see are read at all.
  const [about, photo, languages, countries, company] = await Promise.all([
    sees.about
      ? db.profile.findUnique({ where: { userId: owner.id }, select: { headline: true, bio: true, city: true, countryOfBirth: true, openToIntroductions: true } })
      : null,
    sees.about ? db.profilePhoto.findUnique({ where: { userId: owner.id }, select: { updatedAt: true } }) : null,
    sees.languages ? db.userLanguage.findMany({ where: { userId: owner.id }, select: { code: true, level: true } }) : null,
    sees.countries
      ? db.countryKnowledge.findMany({ where: { userId: owner.id }, orderBy: { id: "asc" }, select: { country: true, relations: true, years: true, areas: true, note: true } })
      : null,
    sees.company
      ? db.company.findUnique({ where: { ownerId: owner.id }, select: { name: true, sniSection: true, size: true, website: true, exporting: true, exportMarkets: true } })
      : null,
  ]);

  return {
    id: owner.id,
    name: owner.name,
    isSelf: viewer.isSelf,
    /** Only for the owner, who is shown who may see each section. */
    visibility: viewer.isSelf ? visibility : null,
    photoVersion: photo ? photo.updatedAt.getTime() : null,
    about: sees.about
      ? { headline: about?.headline ?? null, bio: about?.bio ?? null, city: about?.city ?? null, countryOfBirth: about?.countryOfBirth ?? null, openToIntroductions: about?.openToIntroductions ?? false }
      : null,
    languages: languages ? languages.sort((a, b) => LANGUAGE_LEVELS.indexOf(a.level) - LANGUAGE_LEVELS.indexOf(b.level) || a.code.localeCompare(b.code)) : null,
    countries,
    // The organisation number is for the directory and the person themself, not for the profile page.
    company: sees.company ? company : null,
  };
}

export type MemberProfile = Awaited<ReturnType<typeof getMemberProfile>>;
