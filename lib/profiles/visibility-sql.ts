import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { visibilityColumn, type ProfileSection } from "./visibility";

/** What the database needs to know about the viewer to apply the visibility rule. */
export interface Viewer {
  id: string | null;
  isNetworkMember: boolean;
}

export async function viewerFor(userId: string | null): Promise<Viewer> {
  if (!userId) return { id: null, isNetworkMember: false };
  const membership = await getPrisma().membership.findFirst({ where: { userId, network: { status: { not: "ARCHIVED" } } }, select: { userId: true } });
  return { id: userId, isNetworkMember: Boolean(membership) };
}

/**
 * SQL that is true when `viewer` may see `section` of the user whose id is `userIdSql` and
 * whose profile row is aliased `profileAlias` — the same rule as canSee() in visibility.ts.
 * A missing profile row counts as the default (MEMBERS).
 */
export function canSeeSql(section: ProfileSection, viewer: Viewer, userIdSql: Prisma.Sql, profileAlias = "p"): Prisma.Sql {
  const column = Prisma.raw(`COALESCE("${profileAlias}"."${visibilityColumn[section]}", 'MEMBERS')`);
  if (!viewer.id) return Prisma.sql`${column} = 'PUBLIC'`;
  return Prisma.sql`(
    ${userIdSql} = ${viewer.id}
    OR ${column} = 'PUBLIC'
    OR (${column} = 'MEMBERS' AND ${viewer.isNetworkMember})
    OR EXISTS (
      SELECT 1 FROM "Membership" mine JOIN "Membership" theirs ON theirs."networkId" = mine."networkId"
      WHERE mine."userId" = ${viewer.id} AND theirs."userId" = ${userIdSql}
    )
  )`;
}

/** The ids of every network `viewer` belongs to, in any role or state, as one text[] evaluated once per statement. */
export const viewerNetworksSql = (viewer: Viewer) => Prisma.sql`(SELECT ARRAY(SELECT "networkId" FROM "Membership" WHERE "userId" = ${viewer.id}))`;

/**
 * canSeeSql for a row of the DirectoryListing table aliased `alias`, whose "networkIds" are
 * every network of its person (so "shares a network" needs no join) and whose visibilities are
 * the profile's, with the defaults already applied.
 */
export function canSeeListingSql(section: ProfileSection, viewer: Viewer, alias = "l"): Prisma.Sql {
  const column = Prisma.raw(`"${alias}"."${visibilityColumn[section]}"`);
  if (!viewer.id) return Prisma.sql`${column} = 'PUBLIC'`;
  return Prisma.sql`(
    ${Prisma.raw(`"${alias}"."userId"`)} = ${viewer.id}
    OR ${column} = 'PUBLIC'
    OR (${column} = 'MEMBERS' AND ${viewer.isNetworkMember})
    OR ${Prisma.raw(`"${alias}"."networkIds"`)} && ${viewerNetworksSql(viewer)}
  )`;
}
