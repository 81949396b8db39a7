import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CountryRelation, LanguageLevel } from "@/generated/prisma/enums";
import type { ProfileSection } from "@/lib/profiles/visibility";
import { canSeeListingSql, type Viewer } from "@/lib/profiles/visibility-sql";
import { LEVEL_WEIGHT, levelsAtLeast, PAGE_SIZE, RELATION_WEIGHT, RELATIONS, SAME_NETWORK_WEIGHT, TEXT_WEIGHT } from "./rules";
import type { DirectoryQuery } from "./schema";
import { everyoneSql, isEveryone } from "./everyone-sql";
import { facetSql, itemsSql, networkIdSql, resultOrder } from "./sql-parts";
import { hitSimilaritiesSql, similaritiesSql, textHitsSql, textMode } from "./text-sql";

export { textMode, textSearchSettings } from "./text-sql";
export type { ItemRow, SearchRow } from "./sql-parts";

// The directory search as one parameterised statement over the DirectoryListing table (one row
// per listed person, kept in step by triggers: migration directory_listing): the matching rows
// (each filter only over sections the viewer may see), then their count, one page of items in
// relevance order and the facet counts. Every filter is a tag of the row, so the tags' GIN index
// finds the people of any combination of filters, and the rest of a person's checks read the
// same row. Every value from the query is a bind parameter; nothing the user typed is ever
// spliced into the SQL text.

const see = (section: ProfileSection, viewer: Viewer) => canSeeListingSql(section, viewer, "l");

const tagArray = (tags: Prisma.Sql[]) => Prisma.sql`ARRAY[${Prisma.join(tags)}]::text[]`;

/**
 * The greatest of `weights` whose tag the row has, as one CASE over the tags (0 without any):
 * e.g. the strongest relation to VN from the tags cr:VN:<relation>.
 */
function weightOfTags<K extends string>(keys: readonly K[], weight: Record<K, number>, tag: (key: K) => string): Prisma.Sql {
  const weights = [...new Set(keys.map((key) => weight[key]))].sort((a, b) => b - a);
  const branches = weights.map((value) => {
    const tags = keys.filter((key) => weight[key] === value).map((key) => Prisma.sql`${tag(key)}`);
    return Prisma.sql`WHEN l."tags" && ${tagArray(tags)} THEN ${value}::int`;
  });
  return Prisma.sql`CASE ${Prisma.join(branches, " ")} ELSE 0 END`;
}

/** The tags a row must all have (`all`), tag sets of which it must have one each (`any`), the other conditions and the score's terms. */
interface Matching {
  all: Prisma.Sql[];
  any: Prisma.Sql[][];
  conditions: Prisma.Sql[];
  score: Prisma.Sql[];
}

function filtersOf(query: DirectoryQuery, viewer: Viewer): Matching {
  // The viewer's own networks first: the row's tags n:<network> against the viewer's networks that are not archived.
  const peers = Prisma.sql`(SELECT ARRAY(
      SELECT 'n:' || m."networkId" FROM "Membership" m JOIN "Network" n ON n."id" = m."networkId" AND n."status" <> 'ARCHIVED' WHERE m."userId" = ${viewer.id}
    ))`;
  const matching: Matching = { all: [], any: [], conditions: [see("about", viewer)], score: [Prisma.sql`CASE WHEN l."tags" && ${peers} THEN ${SAME_NETWORK_WEIGHT}::int ELSE 0 END`] };
  const { all, any, conditions, score } = matching;
  const levels = levelsAtLeast(query.minLevel);

  if (query.country) {
    all.push(Prisma.sql`${query.relation ? `cr:${query.country}:${query.relation}` : `c:${query.country}`}`);
    score.push(weightOfTags<CountryRelation>(RELATIONS, RELATION_WEIGHT, (relation) => `cr:${query.country}:${relation}`));
  } else if (query.relation) {
    // rr:R:S: a country known with both R and S. The rank is that of the strongest relation to a country known with R.
    all.push(Prisma.sql`${`rr:${query.relation}:${query.relation}`}`);
    score.push(weightOfTags<CountryRelation>(RELATIONS, RELATION_WEIGHT, (relation) => `rr:${query.relation}:${relation}`));
  }
  if (query.country || query.relation) conditions.push(see("countries", viewer));

  if (query.language) {
    if (query.minLevel) any.push(levels.map((level) => Prisma.sql`${`ll:${query.language}:${level}`}`));
    else all.push(Prisma.sql`${`l:${query.language}`}`);
    score.push(weightOfTags<LanguageLevel>(levels, LEVEL_WEIGHT, (level) => `ll:${query.language}:${level}`));
  } else if (query.minLevel) {
    any.push(levels.map((level) => Prisma.sql`${`lv:${level}`}`));
    score.push(weightOfTags<LanguageLevel>(levels, LEVEL_WEIGHT, (level) => `lv:${level}`));
  }
  if (query.language || query.minLevel) conditions.push(see("languages", viewer));

  if (query.sector) all.push(Prisma.sql`${`s:${query.sector}`}`);
  if (query.exporting !== undefined) all.push(Prisma.sql`${`e:${query.exporting}`}`);
  if (query.sector || query.exporting !== undefined) conditions.push(see("company", viewer));
  if (query.open !== undefined) all.push(Prisma.sql`${`o:${query.open}`}`);
  // A member firm of the chosen network (no tag, hence no match, when it is archived or unknown).
  if (query.network) all.push(Prisma.sql`'n:' || ${networkIdSql(query.network)}`);
  return matching;
}

/** The CTE `matched`: each matching person's id, name, visible sections, sector, countries, languages and score. */
function matchedSql(query: DirectoryQuery, viewer: Viewer): Prisma.Sql {
  const { all, any, conditions, score } = filtersOf(query, viewer);
  if (all.length) conditions.push(Prisma.sql`l."tags" @> ${tagArray(all)}`);
  for (const tags of any) conditions.push(Prisma.sql`l."tags" && ${tagArray(tags)}`);
  const mode = textMode(query);
  let similarities = Prisma.empty;
  let from = Prisma.sql`"DirectoryListing" l`;
  if (query.q && mode) {
    // Free text through the indexes starts from its matches (the CTE hits, textHitsSql), each looked up by key.
    if (mode === "index") from = Prisma.sql`hits t JOIN "DirectoryListing" l ON l."userId" = t.id`;
    similarities = mode === "index" ? hitSimilaritiesSql(see("company", viewer)) : similaritiesSql(query.q, see("company", viewer));
    // Name, headline and bio are visible wherever the person is listed; the company name only with the company section.
    conditions.push(Prisma.sql`(s.about_sim > 0 OR s.company_sim > 0)`);
    score.push(Prisma.sql`${TEXT_WEIGHT}::float8 * GREATEST(s.about_sim, s.company_sim)`);
  }
  return Prisma.sql`matched AS MATERIALIZED (
      SELECT l."userId" AS id, l."name" AS name, l."sector" AS sector, l."countries" AS countries, l."languages" AS languages,
        ${see("languages", viewer)} AS see_languages, ${see("countries", viewer)} AS see_countries, ${see("company", viewer)} AS see_company,
        (${Prisma.join(score, " + ")})::float8 AS score
      FROM ${from}
      ${similarities}
      WHERE ${Prisma.join(conditions, "\n AND ")}
    )`;
}

/** The count per element of `column` (an array of the matching rows) over the rows whose section the viewer may see. */
const arrayFacet = (column: "countries" | "languages", visible: "see_countries" | "see_languages") =>
  facetSql(Prisma.sql`SELECT k, count(*)::int AS n FROM matched CROSS JOIN unnest(matched.${Prisma.raw(column)}) k WHERE matched.${Prisma.raw(visible)} GROUP BY 1`);

/** One statement: total, the requested page's items and the three facets over visible data. */
export function searchSql(query: DirectoryQuery, viewer: Viewer): Prisma.Sql {
  return isEveryone(query, viewer) ? everyoneSql(query, viewer) : generalSearchSql(query, viewer);
}

/** searchSql for any filters, including none (the unfiltered directory is answered faster by everyoneSql). */
export function generalSearchSql(query: DirectoryQuery, viewer: Viewer): Prisma.Sql {
  const page = Prisma.sql`SELECT * FROM matched ORDER BY ${resultOrder("matched")} LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}`;
  const hits = query.q && textMode(query) === "index" ? Prisma.sql`${textHitsSql(query.q)},` : Prisma.empty;
  return Prisma.sql`WITH ${hits} ${matchedSql(query, viewer)}
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      ${itemsSql(page)} AS items,
      ${arrayFacet("countries", "see_countries")} AS country,
      ${arrayFacet("languages", "see_languages")} AS language,
      ${facetSql(Prisma.sql`SELECT sector AS k, count(*)::int AS n FROM matched WHERE see_company AND sector IS NOT NULL GROUP BY 1`)} AS sector`;
}
