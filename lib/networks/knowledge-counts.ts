import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import type { ProfileSection } from "@/lib/profiles/visibility";
import { canSeeSql, viewerFor } from "@/lib/profiles/visibility-sql";

export type CountryCount = { country: string; count: number };
export type LanguageCount = { code: string; count: number };

type Scope = { networkId: string; actorId: string | null };

/**
 * Counts of one column of a profile list table over a network's member firms (active
 * accounts), counting only people whose `section` the viewer may see (canSeeSql: the rule of
 * visibility.ts), so aggregates never reveal more than the profiles do. Most common first.
 * `actorId` is the viewer (null for a visitor, who sees only PUBLIC sections).
 */
async function countVisible(table: "CountryKnowledge" | "UserLanguage", column: "country" | "code", section: ProfileSection, { networkId, actorId }: Scope) {
  const viewer = await viewerFor(actorId);
  const source = Prisma.raw(`"${table}"`);
  const value = Prisma.raw(`t."${column}"`);
  return getPrisma().$queryRaw<{ value: string; count: number }[]>`
    SELECT ${value} AS "value", COUNT(*)::int AS "count"
    FROM ${source} t
    JOIN "Membership" m ON m."userId" = t."userId" AND m."networkId" = ${networkId} AND m."role" IN ('MEMBER', 'ORGANISER')
    JOIN "User" u ON u."id" = t."userId" AND u."status" = 'ACTIVE'
    LEFT JOIN "Profile" p ON p."userId" = t."userId"
    WHERE ${canSeeSql(section, viewer, Prisma.sql`t."userId"`)}
    GROUP BY ${value}
    ORDER BY "count" DESC, ${value} ASC`;
}

/** How many of the network's member firms know each country (the world map and its table). */
export async function networkCountryCounts(scope: Scope): Promise<CountryCount[]> {
  const rows = await countVisible("CountryKnowledge", "country", "countries", scope);
  return rows.map((row) => ({ country: row.value.trim(), count: row.count }));
}

/** How many of the network's member firms speak each language. */
export async function networkLanguageCounts(scope: Scope): Promise<LanguageCount[]> {
  const rows = await countVisible("UserLanguage", "code", "languages", scope);
  return rows.map((row) => ({ code: row.value, count: row.count }));
}
