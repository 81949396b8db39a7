import "server-only";
import { getPrisma } from "@/lib/db/client";
import { parseInput } from "@/lib/errors";
import { sectionVisibility } from "./rules";
import { profileSchema } from "./schema";

/** Everything the profile editor shows for the signed-in person's own profile. */
export async function getProfileEditor({ actorId }: { actorId: string }) {
  const user = await getPrisma().user.findUniqueOrThrow({
    where: { id: actorId },
    select: {
      id: true,
      name: true,
      profile: {
        select: {
          headline: true,
          bio: true,
          city: true,
          countryOfBirth: true,
          openToIntroductions: true,
          aboutVisibility: true,
          languagesVisibility: true,
          countriesVisibility: true,
          companyVisibility: true,
        },
      },
      photo: { select: { updatedAt: true } },
      languages: { select: { code: true, level: true } },
      countryKnowledge: { orderBy: { id: "asc" }, select: { country: true, relations: true, years: true, areas: true, note: true } },
    },
  });
  const { profile } = user;
  return {
    id: user.id,
    name: user.name,
    headline: profile?.headline ?? "",
    bio: profile?.bio ?? "",
    city: profile?.city ?? "",
    countryOfBirth: profile?.countryOfBirth ?? "",
    openToIntroductions: profile?.openToIntroductions ?? false,
    visibility: sectionVisibility(profile),
    photoVersion: user.photo ? user.photo.updatedAt.getTime() : null,
    languages: user.languages,
    countries: user.countryKnowledge,
  };
}

/**
 * Saves the whole profile form: the about fields, the visibilities and both lists, which are
 * replaced in one transaction so that a reader never sees half of a save.
 */
export async function updateProfile({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const { languages, countries, ...about } = parseInput(profileSchema, input);
  const fields = {
    headline: about.headline ?? null,
    bio: about.bio ?? null,
    city: about.city ?? null,
    countryOfBirth: about.countryOfBirth ?? null,
    openToIntroductions: about.openToIntroductions,
    aboutVisibility: about.aboutVisibility,
    languagesVisibility: about.languagesVisibility,
    countriesVisibility: about.countriesVisibility,
    companyVisibility: about.companyVisibility,
  };
  await getPrisma().$transaction(async (tx) => {
    await tx.profile.upsert({ where: { userId: actorId }, create: { userId: actorId, ...fields }, update: fields });
    await tx.userLanguage.deleteMany({ where: { userId: actorId } });
    if (languages.length) await tx.userLanguage.createMany({ data: languages.map((language) => ({ userId: actorId, ...language })) });
    await tx.countryKnowledge.deleteMany({ where: { userId: actorId } });
    if (countries.length) {
      await tx.countryKnowledge.createMany({
        data: countries.map((row) => ({ userId: actorId, country: row.country, relations: row.relations, years: row.years ?? null, areas: row.areas, note: row.note ?? null })),
      });
    }
  });
}
