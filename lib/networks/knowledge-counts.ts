import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { canSeeSql, viewerFor } from "@/lib/profiles/visibility-sql";

export type CountryCount = { country: string; count: number };

/**
 * How many of a network's member firms know each country, counting only the people whose
 * "countries" profile section the viewer may see (canSeeSql: the rule of visibility.ts), so
 * the map never reveals more than the profiles do. Active accounts only; most known first.
 * `actorId` is the viewer (null for a visitor, who sees only PUBLIC sections).
 */
export async function networkCountryCounts({ networkId, actorId }: { networkId: string; actorId: string | null }): Promise<CountryCount[]> {
  const viewer = await viewerFor(actorId);
  const rows = await getPrisma().$queryRaw<CountryCount[]>`
    SELECT ck."country", COUNT(*)::int AS "count"
    FROM "CountryKnowledge" ck
    JOIN "Membership" m ON m."userId" = ck."userId" AND m."networkId" = ${networkId} AND m."role" IN ('MEMBER', 'ORGANISER')
    JOIN "User" u ON u."id" = ck."userId" AND u."status" = 'ACTIVE'
    LEFT JOIN "Profile" p ON p."userId" = ck."userId"
    WHERE ${canSeeSql("countries", viewer, Prisma.sql`ck."userId"`)}
    GROUP BY ck."country"
    ORDER BY "count" DESC, ck."country" ASC`;
  return rows.map((row) => ({ country: row.country.trim(), count: row.count }));
}

export type LanguageCount = { code: string; count: number };

/** How many of a network's member firms speak each language, under the "languages" section's visibility. */
export async function networkLanguageCounts({ networkId, actorId }: { networkId: string; actorId: string | null }): Promise<LanguageCount[]> {
  const viewer = await viewerFor(actorId);
  return getPrisma().$queryRaw<LanguageCount[]>`
    SELECT ul."code", COUNT(*)::int AS "count"
    FROM "UserLanguage" ul
    JOIN "Membership" m ON m."userId" = ul."userId" AND m."networkId" = ${networkId} AND m."role" IN ('MEMBER', 'ORGANISER')
    JOIN "User" u ON u."id" = ul."userId" AND u."status" = 'ACTIVE'
    LEFT JOIN "Profile" p ON p."userId" = ul."userId"
    WHERE ${canSeeSql("languages", viewer, Prisma.sql`ul."userId"`)}
    GROUP BY ul."code"
    ORDER BY "count" DESC, ul."code" ASC`;
}
