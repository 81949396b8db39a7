import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { visibilityColumn, type ProfileSection } from "@/lib/profiles/visibility";
import type { Viewer } from "@/lib/profiles/visibility-sql";
import { PAGE_SIZE, SAME_NETWORK_WEIGHT } from "./rules";
import type { DirectoryQuery } from "./schema";
import { facetSql, itemsSql, peersSql, see } from "./sql-parts";

// The unfiltered directory. Nearly everyone matches, so instead of collecting the matching
// people and then joining every row of theirs (about 100,000 rows on 15,000 members), the
// statement collects the few people who do NOT count (not listed, not active, or a section the
// viewer may not see) and counts every row of the facet tables except theirs: one pass over
// each table against a small hashed set, about a third less work (bench/results.md). The
// result is the same as search-sql.ts gives; lib/directory/everyone.int.test.ts compares the two.

/** No filter at all, and a viewer who is a member of a network (the only kind the directory serves; see hiddenSql). */
export function isEveryone(query: DirectoryQuery, viewer: Viewer): boolean {
  return Boolean(viewer.id && viewer.isNetworkMember) && Object.entries(query).every(([key, value]) => key === "page" || value === undefined);
}

/**
 * People whose `section` the viewer may not see. For a member of a network only a NETWORK
 * section can be hidden (MEMBERS and PUBLIC are visible to every member: canSee in
 * lib/profiles/visibility.ts), so only those rows are read, through partial indexes; the rule
 * itself still decides. A person without a Profile row has the default visibility and is seen.
 */
const hiddenSql = (section: ProfileSection, viewer: Viewer) =>
  Prisma.sql`SELECT p."userId" AS id FROM "Profile" p WHERE p.${Prisma.raw(`"${visibilityColumn[section]}"`)} = 'NETWORK' AND NOT ${see(section, viewer, Prisma.sql`p."userId"`)}`;

/** Every row of `table` except those of the people in the CTE `hidden`, counted per `key`. */
const countedSql = (table: string, owner: string, key: string, hidden: string) =>
  facetSql(Prisma.sql`SELECT ${Prisma.raw(`"${key}"`)} AS k, count(*)::int AS n FROM ${Prisma.raw(`"${table}"`)}
    WHERE ${Prisma.raw(`"${owner}"`)} NOT IN (SELECT id FROM ${Prisma.raw(hidden)}) GROUP BY 1`);

/** The page: the viewer's own networks first, then everyone else, each by name (see resultOrder). */
function pageSql(query: DirectoryQuery, viewer: Viewer): Prisma.Sql {
  const offset = (query.page - 1) * PAGE_SIZE;
  // The peers are looked up by key; the others are read in name order (index "User_active_name_idx") until the page is full.
  const firstOf = (peer: boolean) => Prisma.sql`(
      SELECT u."id", u."name", ${peer ? SAME_NETWORK_WEIGHT : 0}::float8 AS score
      FROM ${peer ? Prisma.sql`(SELECT DISTINCT "userId" FROM peers) pr JOIN LATERAL (SELECT "id", "name" FROM "User" WHERE "id" = pr."userId" OFFSET 0) u ON true` : Prisma.sql`"User" u`}
      WHERE ${peer ? Prisma.empty : Prisma.sql`u."status" = 'ACTIVE' AND u."id" NOT IN (SELECT "userId" FROM peers) AND`} u."id" NOT IN (SELECT id FROM excluded)
      ORDER BY u."name" COLLATE "C", u."id" COLLATE "C" LIMIT ${offset + PAGE_SIZE}
    )`;
  return Prisma.sql`SELECT pg.id, pg.name, pg.score,
      ${see("languages", viewer, Prisma.sql`pg.id`)} AS see_languages,
      ${see("countries", viewer, Prisma.sql`pg.id`)} AS see_countries,
      ${see("company", viewer, Prisma.sql`pg.id`)} AS see_company
    FROM (
      SELECT * FROM (${firstOf(true)} UNION ALL ${firstOf(false)}) firsts
      ORDER BY score DESC, name COLLATE "C", id COLLATE "C" LIMIT ${PAGE_SIZE} OFFSET ${offset}
    ) pg LEFT JOIN "Profile" p ON p."userId" = pg.id`;
}

export function everyoneSql(query: DirectoryQuery, viewer: Viewer): Prisma.Sql {
  const hiddenWith = (name: string, section: ProfileSection) => Prisma.sql`${Prisma.raw(name)} AS MATERIALIZED (${hiddenSql(section, viewer)} UNION ALL SELECT id FROM excluded)`;
  return Prisma.sql`WITH ${peersSql(viewer)},
    excluded AS MATERIALIZED (
      SELECT u."id" FROM "User" u WHERE NOT EXISTS (
        SELECT 1 FROM "Membership" m WHERE m."userId" = u."id" AND m."role" IN ('MEMBER', 'ORGANISER')
          AND m."networkId" NOT IN (SELECT "id" FROM "Network" WHERE "status" = 'ARCHIVED')
      )
      UNION ALL SELECT "id" FROM "User" WHERE "status" <> 'ACTIVE'
      UNION ALL ${hiddenSql("about", viewer)}
    ),
    ${hiddenWith("hidden_languages", "languages")},
    ${hiddenWith("hidden_countries", "countries")},
    ${hiddenWith("hidden_company", "company")}
    SELECT
      ((SELECT count(*) FROM "User") - (SELECT count(DISTINCT id) FROM excluded))::int AS total,
      ${itemsSql(pageSql(query, viewer))} AS items,
      ${countedSql("CountryKnowledge", "userId", "country", "hidden_countries")} AS country,
      ${countedSql("UserLanguage", "userId", "code", "hidden_languages")} AS language,
      ${countedSql("Company", "ownerId", "sniSection", "hidden_company")} AS sector`;
}
