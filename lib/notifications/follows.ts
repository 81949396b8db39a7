import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { countryCode } from "@/lib/profiles/schema";

// "Countries I follow": markets a person wants news of in the weekly digest besides their
// company's export markets (lib/notifications/digest-content.ts reads both).

/** Enough for anyone's real interest; a cap keeps a script from following every country. */
export const FOLLOW_LIMIT = 50;

const followSchema = z.object({ country: countryCode });

/** Follows need an account that may still sign in; removed and deleted accounts are refused. */
async function requireActive(actorId: string) {
  const user = await getPrisma().user.findUnique({ where: { id: actorId }, select: { status: true } });
  if (!user || user.status !== "ACTIVE") throw new AppError("UNAUTHENTICATED", "signInRequired");
}

/** Follows a country (ISO 3166-1 alpha-2, any case); following it again changes nothing. */
export async function followCountry({ actorId, ...input }: { actorId: string; country: unknown }) {
  const { country } = parseInput(followSchema, input);
  await requireActive(actorId);
  const db = getPrisma();
  // Counted and written in one transaction with the count under the user's row lock, so two
  // requests at once cannot both pass the cap.
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actorId} FOR NO KEY UPDATE`;
    const already = await tx.countryFollow.findUnique({ where: { userId_country: { userId: actorId, country } }, select: { country: true } });
    if (already) return;
    if ((await tx.countryFollow.count({ where: { userId: actorId } })) >= FOLLOW_LIMIT) throw new AppError("CONFLICT", "tooManyFollows");
    await tx.countryFollow.create({ data: { userId: actorId, country } });
  });
  return country;
}

/** Stops following; a country not followed is simply not there. */
export async function unfollowCountry({ actorId, ...input }: { actorId: string; country: unknown }) {
  const { country } = parseInput(followSchema, input);
  await getPrisma().countryFollow.deleteMany({ where: { userId: actorId, country } });
  return country;
}

/** The actor's followed countries, alphabetical by code. */
export async function listFollowedCountries({ actorId }: { actorId: string }): Promise<string[]> {
  const rows = await getPrisma().countryFollow.findMany({ where: { userId: actorId }, orderBy: { country: "asc" }, select: { country: true } });
  return rows.map((row) => row.country);
}
