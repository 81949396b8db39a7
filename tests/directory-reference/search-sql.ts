// The directory's search as it was before lib/directory read the DirectoryListing table: straight
// from the tables a profile is made of, with the visibility rule of lib/profiles/visibility-sql.ts.
// Kept, unchanged apart from this comment and the removal of the unfiltered shortcut, as the
// independent answer that lib/directory/listing-equivalence.int.test.ts compares the listing's with.
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/profiles/visibility-sql";
import { BIO_SIMILARITY, LEVEL_WEIGHT, LEVELS, levelsAtLeast, PAGE_SIZE, RELATION_WEIGHT, RELATIONS, SAME_NETWORK_WEIGHT, TEXT_THRESHOLD, TEXT_WEIGHT } from "@/lib/directory/rules";
import type { DirectoryQuery } from "@/lib/directory/schema";
import { facetSql, itemsSql, listedSql, networkIdSql, peersSql, resultOrder, see } from "./sql-parts";
import { textMode, type TextHits } from "./text-sql";

export type { ItemRow, SearchRow } from "./sql-parts";

// The directory search as one parameterised statement: a materialised set of matching people
// (each filter only over sections the viewer may see), then its count, one page of items in
// relevance order and the facet counts. Every value from the query is a bind parameter;
// nothing the user typed is ever spliced into the SQL text.

/** The weight of the strongest relation in `relations` (a CountryRelation[] expression), as one CASE. */
function relationWeight(relations: Prisma.Sql) {
  const weights = [...new Set(Object.values(RELATION_WEIGHT))].sort((a, b) => b - a);
  const branches = weights.map((weight) => {
    const names = RELATIONS.filter((relation) => RELATION_WEIGHT[relation] === weight);
    return Prisma.sql`WHEN ${relations} && ${names}::"CountryRelation"[] THEN ${weight}::int`;
  });
  return Prisma.sql`CASE ${Prisma.join(branches, " ")} ELSE 0 END`;
}

const levelWeight = (level: Prisma.Sql) =>
  Prisma.sql`CASE ${level} ${Prisma.join(LEVELS.map((name) => Prisma.sql`WHEN ${name}::"LanguageLevel" THEN ${LEVEL_WEIGHT[name]}::int`), " ")} ELSE 0 END`;

const levelsSql = (query: DirectoryQuery) => Prisma.join(levelsAtLeast(query.minLevel).map((level) => Prisma.sql`${level}::"LanguageLevel"`));

/** The filter whose index the matching starts from: the one that usually leaves the fewest people. */
export type Driver = "text" | "network" | "country" | "language" | "sector" | "everyone";

export function driverOf(query: DirectoryQuery, text: TextHits | null): Driver {
  if (text) return "text";
  if (query.network) return "network";
  if (query.country) return "country";
  if (query.language) return "language";
  if (query.sector) return "sector";
  return "everyone";
}

/**
 * `table`'s row of the person `id` (unique), looked up by key: OFFSET 0 keeps the planner from
 * hashing the whole table. The key is compared byte-wise (COLLATE "C"), which is what the
 * covering indexes of these lookups are built for (see the directory_covering_indexes migration):
 * comparing ids through the database's libc collation took over a tenth of a search's CPU time.
 */
const byKey = (alias: string, columns: string, table: string, key: string, id: Prisma.Sql, more: Prisma.Sql = Prisma.empty) =>
  Prisma.sql`LATERAL (SELECT ${Prisma.raw(columns)} FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.raw(`"${key}"`)} = ${id} COLLATE "C" ${more} OFFSET 0) ${Prisma.raw(alias)} ON true`;

const PROFILE_COLUMNS = `"userId", "openToIntroductions", "aboutVisibility", "languagesVisibility", "countriesVisibility", "companyVisibility"`;

/**
 * The people to consider, one row each: the driving filter's rows (few, found through its
 * index), then each person's User, Profile and Company row and the rows of the other filters,
 * looked up by key. Without a driving filter, every user, with the tables joined whole.
 */
function fromSql(query: DirectoryQuery, text: TextHits | null): { from: Prisma.Sql; where: Prisma.Sql[]; listed: boolean } {
  const driver = driverOf(query, text);
  const relation = query.relation ? Prisma.sql`AND ${query.relation}::"CountryRelation" = ANY("relations")` : Prisma.empty;
  const language = Prisma.sql`AND "code" = ${query.language ?? null} AND "level" IN (${levelsSql(query)})`;
  const where: Prisma.Sql[] = [];
  let from: Prisma.Sql;
  let id: Prisma.Sql;
  switch (driver) {
    case "text":
      from = Prisma.sql`unnest(${text!.ids}::text[], ${text!.about}::float8[], ${text!.company}::float8[]) AS t(id, about_sim, company_sim)`;
      id = Prisma.sql`t.id`;
      break;
    // Grouped by person, though each person has one row anyway: the planner then knows the ids never repeat
    // and puts no cache (Memoize) in front of the lookups, which would only cost time.
    case "network":
      // A member firm of the chosen network is listed: no other membership needs checking.
      from = Prisma.sql`(SELECT "userId" FROM "Membership" WHERE "networkId" = ${networkIdSql(query.network!)} AND "role" IN ('MEMBER', 'ORGANISER') GROUP BY 1) nm`;
      id = Prisma.sql`nm."userId"`;
      break;
    case "country":
      from = Prisma.sql`(SELECT "userId", min("relations") AS "relations" FROM "CountryKnowledge" WHERE "country" = ${query.country!} ${relation} GROUP BY 1) ck`;
      id = Prisma.sql`ck."userId"`;
      break;
    case "language":
      from = Prisma.sql`(SELECT "userId", min("level") AS "level" FROM "UserLanguage" WHERE true ${language} GROUP BY 1) ul`;
      id = Prisma.sql`ul."userId"`;
      break;
    case "sector":
      from = Prisma.sql`(SELECT "ownerId", "name", "sniSection", "exporting" FROM "Company" WHERE "sniSection" = ${query.sector!}) c`;
      id = Prisma.sql`c."ownerId"`;
      break;
    default:
      // Only filters that most people pass (relation, minLevel, exporting, open): hashing the tables beats looking up each person.
      return {
        from: Prisma.sql`"User" u LEFT JOIN "Profile" p ON p."userId" = u."id" LEFT JOIN "Company" c ON c."ownerId" = u."id"`,
        where: [Prisma.sql`u."status" = 'ACTIVE'`],
        listed: false,
      };
  }
  // The other filters first: they leave fewer people to look up.
  const joins: Prisma.Sql[] = [];
  if (query.country && driver !== "country") joins.push(Prisma.sql`JOIN ${byKey("ck", `"relations"`, "CountryKnowledge", "userId", id, Prisma.sql`AND "country" = ${query.country} ${relation}`)}`);
  if (query.language && driver !== "language") joins.push(Prisma.sql`JOIN ${byKey("ul", `"level"`, "UserLanguage", "userId", id, language)}`);
  if (driver !== "sector") {
    const sector = query.sector ? Prisma.sql`AND "sniSection" = ${query.sector}` : Prisma.empty;
    // The name only for free text compared inline: without it the lookup reads the covering index alone.
    const columns = textMode(query) === "inline" ? `"name", "sniSection", "exporting"` : `"sniSection", "exporting"`;
    joins.push(Prisma.sql`${query.sector ? Prisma.sql`JOIN` : Prisma.sql`LEFT JOIN`} ${byKey("c", columns, "Company", "ownerId", id, sector)}`);
  }
  // Only active users are looked up: an inactive one is never listed.
  joins.push(Prisma.sql`JOIN ${byKey("u", `"id", "name"`, "User", "id", id, Prisma.sql`AND "status" = 'ACTIVE'`)}`);
  // Headline and bio only for free text compared inline: without them the lookup reads the covering index alone.
  joins.push(Prisma.sql`LEFT JOIN ${byKey("p", textMode(query) === "inline" ? `${PROFILE_COLUMNS}, "headline", "bio"` : PROFILE_COLUMNS, "Profile", "userId", id)}`);
  return { from: Prisma.sql`${from} ${Prisma.join(joins, " ")}`, where, listed: driver === "network" };
}

/** The CTE `matched`: id, name, visible sections, the visible sector and the score of each matching person. */
function matchedSql(query: DirectoryQuery, viewer: Viewer, text: TextHits | null): Prisma.Sql {
  const { from, where, listed } = fromSql(query, text);
  const conditions: Prisma.Sql[] = [...where, see("about", viewer)];
  if (!listed) conditions.push(listedSql(Prisma.sql`u."id"`, query.network ? networkIdSql(query.network) : null));
  const score: Prisma.Sql[] = [Prisma.sql`CASE WHEN u."id" IN (SELECT "userId" FROM peers) THEN ${SAME_NETWORK_WEIGHT}::int ELSE 0 END`];

  const relation = query.relation ? Prisma.sql`${query.relation}::"CountryRelation" = ANY(ck."relations")` : Prisma.sql`true`;
  if (query.country) {
    // (userId, country) is unique: the joined row is the person's knowledge of that country.
    score.push(relationWeight(Prisma.sql`ck."relations"`));
  } else if (query.relation) {
    conditions.push(Prisma.sql`u."id" IN (SELECT ck."userId" FROM "CountryKnowledge" ck WHERE ${relation})`);
    score.push(Prisma.sql`COALESCE((SELECT max(${relationWeight(Prisma.sql`ck."relations"`)}) FROM "CountryKnowledge" ck WHERE ck."userId" = u."id" AND ${relation}), 0)`);
  }
  if (query.country || query.relation) conditions.push(see("countries", viewer));

  if (query.language) {
    score.push(levelWeight(Prisma.sql`ul."level"`));
  } else if (query.minLevel) {
    conditions.push(Prisma.sql`u."id" IN (SELECT ul."userId" FROM "UserLanguage" ul WHERE ul."level" IN (${levelsSql(query)}))`);
    score.push(Prisma.sql`COALESCE((SELECT max(${levelWeight(Prisma.sql`ul."level"`)}) FROM "UserLanguage" ul WHERE ul."userId" = u."id" AND ul."level" IN (${levelsSql(query)})), 0)`);
  }
  if (query.language || query.minLevel) conditions.push(see("languages", viewer));

  if (query.exporting !== undefined) conditions.push(Prisma.sql`c."exporting" = ${query.exporting}`);
  if (query.sector || query.exporting !== undefined) conditions.push(see("company", viewer));
  if (query.open !== undefined) conditions.push(Prisma.sql`COALESCE(p."openToIntroductions", false) = ${query.open}`);
  const inline = query.q && textMode(query) === "inline" ? query.q : null;
  let similarities = Prisma.empty;
  if (text || inline) {
    // Name, headline and bio are visible wherever the person is listed; the company name only with the company section.
    const threshold = Prisma.sql`${TEXT_THRESHOLD}::float8`;
    const companySimilarity = text
      ? Prisma.sql`CASE WHEN t.company_sim IS NOT NULL AND ${see("company", viewer)} THEN t.company_sim ELSE 0 END`
      : Prisma.sql`CASE WHEN s.company_sim >= ${threshold} AND ${see("company", viewer)} THEN s.company_sim ELSE 0 END`;
    const aboutSimilarity = text ? Prisma.sql`COALESCE(t.about_sim, 0)` : Prisma.sql`s.about_sim`;
    conditions.push(Prisma.sql`(${aboutSimilarity} > 0 OR ${companySimilarity} > 0)`);
    score.push(Prisma.sql`${TEXT_WEIGHT}::float8 * GREATEST(${aboutSimilarity}, ${companySimilarity})`);
    if (inline) {
      // Each candidate's fields compared once (OFFSET 0 keeps the planner from repeating it per use). A bio
      // match only counts as BIO_SIMILARITY, the least a match can be, so the long bio is compared only
      // when nothing shorter matched.
      const above = (similarity: Prisma.Sql) => Prisma.sql`CASE WHEN ${similarity} >= ${threshold} THEN ${similarity} ELSE 0 END`;
      similarities = Prisma.sql`CROSS JOIN LATERAL (
        SELECT CASE WHEN short.best > 0 OR (short.company_sim >= ${threshold} AND ${see("company", viewer)}) THEN short.best
          WHEN word_similarity(${inline}, COALESCE(p."bio", '')) >= ${threshold} THEN ${BIO_SIMILARITY}::float8 ELSE 0 END AS about_sim,
          short.company_sim
        FROM (
          SELECT GREATEST(${above(Prisma.sql`word_similarity(${inline}, u."name")::float8`)}, ${above(Prisma.sql`word_similarity(${inline}, COALESCE(p."headline", ''))::float8`)}) AS best,
            word_similarity(${inline}, COALESCE(c."name", ''))::float8 AS company_sim
        ) short
        OFFSET 0
      ) s`;
    }
  }

  return Prisma.sql`matched AS MATERIALIZED (
      SELECT u."id", u."name",
        ${see("languages", viewer)} AS see_languages, ${see("countries", viewer)} AS see_countries, ${see("company", viewer)} AS see_company,
        c."sniSection" AS sector,
        (${Prisma.join(score, " + ")})::float8 AS score
      FROM ${from}
      ${similarities}
      WHERE ${Prisma.join(conditions, "\n AND ")}
    )`;
}

/**
 * The count per country (or language) known by matching people whose countries (languages) the
 * viewer may see: looked up per person when a filter drove the search (few people), hashed otherwise.
 */
function knownFacet(table: "CountryKnowledge" | "UserLanguage", key: "country" | "code", visible: "see_countries" | "see_languages", perPerson: boolean) {
  const rows = perPerson
    ? Prisma.sql`CROSS JOIN LATERAL (SELECT ${Prisma.raw(`"${key}"`)} AS k FROM ${Prisma.raw(`"${table}"`)} WHERE "userId" = matched.id COLLATE "C" OFFSET 0) f`
    : Prisma.sql`JOIN (SELECT "userId", ${Prisma.raw(`"${key}"`)} AS k FROM ${Prisma.raw(`"${table}"`)}) f ON f."userId" = matched.id`;
  return facetSql(Prisma.sql`SELECT f.k, count(*)::int AS n FROM matched ${rows} WHERE matched.${Prisma.raw(visible)} GROUP BY 1`);
}

/** One statement: total, the requested page's items and the three facets over visible data. */
export function generalSearchSql(query: DirectoryQuery, viewer: Viewer, text: TextHits | null = null): Prisma.Sql {
  const page = Prisma.sql`SELECT * FROM matched ORDER BY ${resultOrder("matched")} LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}`;
  const perPerson = driverOf(query, text) !== "everyone";
  return Prisma.sql`WITH ${peersSql(viewer)}, ${matchedSql(query, viewer, text)}
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      ${itemsSql(page)} AS items,
      ${knownFacet("CountryKnowledge", "country", "see_countries", perPerson)} AS country,
      ${knownFacet("UserLanguage", "code", "see_languages", perPerson)} AS language,
      ${facetSql(Prisma.sql`SELECT sector AS k, count(*)::int AS n FROM matched WHERE see_company AND sector IS NOT NULL GROUP BY 1`)} AS sector`;
}
