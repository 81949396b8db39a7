import { Prisma } from "@/generated/prisma/client";
import type { CountryRelation, KnowledgeArea, LanguageLevel } from "@/generated/prisma/enums";
import type { ProfileSection } from "@/lib/profiles/visibility";
import { canSeeSql, type Viewer } from "@/lib/profiles/visibility-sql";

// Pieces shared by the directory's statements (search-sql.ts).

/** The visibility rule for `section` of the person whose id is `userId` and whose Profile row is aliased `profile`. */
export const see = (section: ProfileSection, viewer: Viewer, userId: Prisma.Sql = Prisma.sql`u."id"`, profile = "p") => canSeeSql(section, viewer, userId, profile);

/** The CTE `peers`: member firms of the viewer's networks, who rank first. */
export const peersSql = (viewer: Viewer) => Prisma.sql`peers AS (
      SELECT theirs."userId" FROM "Membership" mine
      JOIN "Network" n ON n."id" = mine."networkId" AND n."status" <> 'ARCHIVED'
      JOIN "Membership" theirs ON theirs."networkId" = mine."networkId" AND theirs."role" IN ('MEMBER', 'ORGANISER')
      WHERE mine."userId" = ${viewer.id}
    )`;

/**
 * Whether the person `userId` is listed: a member firm of a network that is not archived (of
 * `networkId`, an expression, if given). OFFSET 0 keeps it a lookup per person, in
 * "Membership_userId_listing_idx" (hence COLLATE "C"); the archived networks are few and hashed once.
 */
export const listedSql = (userId: Prisma.Sql, networkId: Prisma.Sql | null = null) => Prisma.sql`EXISTS (
      SELECT 1 FROM "Membership" m WHERE m."userId" = ${userId} COLLATE "C" AND m."role" IN ('MEMBER', 'ORGANISER')
        AND m."networkId" NOT IN (SELECT "id" FROM "Network" WHERE "status" = 'ARCHIVED')
        ${networkId ? Prisma.sql`AND m."networkId" = ${networkId}` : Prisma.empty}
      OFFSET 0
    )`;

/** The id of the network with `slug` if it is not archived (null otherwise), evaluated once. */
export const networkIdSql = (slug: string) => Prisma.sql`(SELECT "id" FROM "Network" WHERE "slug" = ${slug} AND "status" <> 'ARCHIVED')`;

export const resultOrder = (alias: string) => Prisma.raw(`${alias}.score DESC, ${alias}.name COLLATE "C", ${alias}.id COLLATE "C"`);

/** A directory item as the statement returns it; only the sections the viewer may see are filled. */
export interface ItemRow {
  id: string;
  name: string;
  headline: string | null;
  networks: string[];
  languages: { code: string; level: LanguageLevel }[];
  countries: { code: string; relations: CountryRelation[]; areas: KnowledgeArea[] }[];
  company: { name: string; sector: string; exporting: boolean } | null;
}

export interface SearchRow {
  total: number;
  items: ItemRow[];
  country: Record<string, number>;
  language: Record<string, number>;
  sector: Record<string, number>;
}

/**
 * The people of one page (`page`: rows of id, name, score, see_languages, see_countries,
 * see_company, already limited to the page) with their visible sections, in relevance order.
 */
export function itemsSql(page: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT COALESCE(json_agg(json_build_object(
      'id', pg.id,
      'name', pg.name,
      'headline', (SELECT "headline" FROM "Profile" WHERE "userId" = pg.id),
      'networks', ARRAY(
        SELECT n."slug" FROM "Membership" m JOIN "Network" n ON n."id" = m."networkId"
        WHERE m."userId" = pg.id AND m."role" IN ('MEMBER', 'ORGANISER') AND n."status" <> 'ARCHIVED' ORDER BY n."slug"
      ),
      'languages', CASE WHEN pg.see_languages THEN (SELECT COALESCE(json_agg(json_build_object('code', "code", 'level', "level")), '[]'::json) FROM "UserLanguage" WHERE "userId" = pg.id) ELSE '[]'::json END,
      'countries', CASE WHEN pg.see_countries THEN (
        SELECT COALESCE(json_agg(json_build_object('code', "country", 'relations', "relations", 'areas', "areas")), '[]'::json) FROM "CountryKnowledge" WHERE "userId" = pg.id
      ) ELSE '[]'::json END,
      'company', CASE WHEN pg.see_company THEN (SELECT json_build_object('name', "name", 'sector', "sniSection", 'exporting', "exporting") FROM "Company" WHERE "ownerId" = pg.id) END
    ) ORDER BY ${resultOrder("pg")}), '[]'::json)
    FROM (${page}) pg)`;
}

/** A facet as a JSON object, most frequent key first, from rows (k, n). */
export const facetSql = (counts: Prisma.Sql) =>
  Prisma.sql`(SELECT COALESCE(json_object_agg(k, n ORDER BY n DESC, k), '{}'::json) FROM (${counts}) counted)`;
