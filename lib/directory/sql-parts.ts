import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CountryRelation, KnowledgeArea, LanguageLevel } from "@/generated/prisma/enums";

// Parts shared by the directory's statements (search-sql.ts, everyone-sql.ts).

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
 * see_company, already limited to the page) with their visible sections, in relevance order,
 * from what their DirectoryListing rows hold for a page.
 */
export function itemsSql(page: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT COALESCE(json_agg(json_build_object(
      'id', pg.id,
      'name', pg.name,
      'headline', l."headline",
      'networks', l."networkSlugs",
      'languages', CASE WHEN pg.see_languages THEN l."languagesJson" ELSE '[]'::jsonb END,
      'countries', CASE WHEN pg.see_countries THEN l."countriesJson" ELSE '[]'::jsonb END,
      'company', CASE WHEN pg.see_company THEN l."companyJson" END
    ) ORDER BY ${resultOrder("pg")}), '[]'::json)
    FROM (${page}) pg JOIN "DirectoryListing" l ON l."userId" = pg.id)`;
}

/** A facet as a JSON object, most frequent key first, from rows (k, n). */
export const facetSql = (counts: Prisma.Sql) =>
  Prisma.sql`(SELECT COALESCE(json_object_agg(k, n ORDER BY n DESC, k), '{}'::json) FROM (${counts}) counted)`;
