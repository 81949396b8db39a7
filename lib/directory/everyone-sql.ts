import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { canSeeListingSql, viewerNetworksSql, type Viewer } from "@/lib/profiles/visibility-sql";
import { PAGE_SIZE, SAME_NETWORK_WEIGHT } from "./rules";
import type { DirectoryQuery } from "./schema";
import { facetSql, itemsSql } from "./sql-parts";

// The unfiltered directory. Nearly everyone matches, so rather than reading every listed person
// it adds two small things: the counts of the people whose sections every member sees
// (DirectoryFacetCount, kept by a trigger), and the few people with a NETWORK section who share a
// network with the viewer (or are the viewer), who see all of it. The page is read in name order
// and stops when full. The result is the same as search-sql.ts gives for no filter;
// lib/directory/listing-equivalence.int.test.ts compares both with the search over the profile tables.

/** No filter at all, and a viewer who is a member of a network (the only kind the directory serves; see sharedSql). */
export function isEveryone(query: DirectoryQuery, viewer: Viewer): boolean {
  return Boolean(viewer.id && viewer.isNetworkMember) && Object.entries(query).every(([key, value]) => key === "page" || value === undefined);
}

const NOT_ALL_OPEN = Prisma.sql`'NETWORK' IN (l."aboutVisibility", l."languagesVisibility", l."countriesVisibility", l."companyVisibility")`;

/**
 * The CTE `shared`: listed people with a NETWORK section whom the viewer sees whole. For a member
 * of a network only a NETWORK section can be hidden (MEMBERS and PUBLIC are visible to every
 * member: canSee in lib/profiles/visibility.ts), and the viewer sees every section of themselves
 * and of people sharing a network. Read through the partial index "DirectoryListing_restricted_idx".
 */
const sharedSql = (viewer: Viewer) => Prisma.sql`shared AS MATERIALIZED (
      SELECT l."aboutVisibility" = 'NETWORK' AS about, l."countriesVisibility" = 'NETWORK' AS countries_restricted,
        l."languagesVisibility" = 'NETWORK' AS languages_restricted, l."companyVisibility" = 'NETWORK' AS company_restricted,
        l."countries", l."languages", l."sector"
      FROM "DirectoryListing" l
      WHERE (l."userId" = ${viewer.id} OR l."networkIds" && ${viewerNetworksSql(viewer)}) AND ${NOT_ALL_OPEN}
    )`;

/** A facet: the counted keys plus the shared people's keys that the counts leave out. */
const countedSql = (facet: string, extra: Prisma.Sql) =>
  facetSql(Prisma.sql`SELECT k, sum(n)::int AS n FROM (
      SELECT "key" AS k, "n" FROM "DirectoryFacetCount" WHERE "facet" = ${facet}
      UNION ALL ${extra}
    ) counted_rows GROUP BY 1 HAVING sum(n) > 0`);

/** The page: the viewer's own networks first, then everyone else, each by name (see resultOrder). */
function pageSql(query: DirectoryQuery, viewer: Viewer): Prisma.Sql {
  const offset = (query.page - 1) * PAGE_SIZE;
  const peers = Prisma.sql`(SELECT ARRAY(
      SELECT 'n:' || m."networkId" FROM "Membership" m JOIN "Network" n ON n."id" = m."networkId" AND n."status" <> 'ARCHIVED' WHERE m."userId" = ${viewer.id}
    ))`;
  // The peers through the tags' index; the others read in name order ("DirectoryListing_name_idx") until the page is full.
  const firstOf = (peer: boolean) => Prisma.sql`(
      SELECT l."userId" AS id, l."name" AS name, ${peer ? SAME_NETWORK_WEIGHT : 0}::float8 AS score,
        ${canSeeListingSql("languages", viewer)} AS see_languages, ${canSeeListingSql("countries", viewer)} AS see_countries,
        ${canSeeListingSql("company", viewer)} AS see_company
      FROM "DirectoryListing" l
      WHERE ${peer ? Prisma.empty : Prisma.sql`NOT`} (l."tags" && ${peers}) AND ${canSeeListingSql("about", viewer)}
      ORDER BY l."name" COLLATE "C", l."userId" COLLATE "C" LIMIT ${offset + PAGE_SIZE}
    )`;
  return Prisma.sql`SELECT * FROM (${firstOf(true)} UNION ALL ${firstOf(false)}) firsts
    ORDER BY score DESC, name COLLATE "C", id COLLATE "C" LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
}

export function everyoneSql(query: DirectoryQuery, viewer: Viewer): Prisma.Sql {
  return Prisma.sql`WITH ${sharedSql(viewer)}
    SELECT
      ((SELECT COALESCE(sum("n"), 0) FROM "DirectoryFacetCount" WHERE "facet" = 'total') + (SELECT count(*) FROM shared WHERE about))::int AS total,
      ${itemsSql(pageSql(query, viewer))} AS items,
      ${countedSql("country", Prisma.sql`SELECT c, 1 FROM shared CROSS JOIN unnest(shared."countries") c WHERE about OR countries_restricted`)} AS country,
      ${countedSql("language", Prisma.sql`SELECT c, 1 FROM shared CROSS JOIN unnest(shared."languages") c WHERE about OR languages_restricted`)} AS language,
      ${countedSql("sector", Prisma.sql`SELECT sector, 1 FROM shared WHERE (about OR company_restricted) AND sector IS NOT NULL`)} AS sector`;
}
