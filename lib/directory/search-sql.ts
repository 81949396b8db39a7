import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CountryRelation, KnowledgeArea, LanguageLevel } from "@/generated/prisma/enums";
import type { ProfileSection } from "@/lib/profiles/visibility";
import { canSeeSql, type Viewer } from "@/lib/profiles/visibility-sql";
import { BIO_SIMILARITY, LEVEL_WEIGHT, LEVELS, levelsAtLeast, PAGE_SIZE, RELATION_WEIGHT, RELATIONS, SAME_NETWORK_WEIGHT, TEXT_THRESHOLD, TEXT_WEIGHT } from "./rules";
import type { DirectoryQuery } from "./schema";

// The directory search as one parameterised statement: a materialised set of matching people
// (each filter only over sections the viewer may see), then its count, one page of items in
// relevance order and the facet counts. Free text over everyone is first looked up through
// the trigram indexes by a statement of its own (textHitsSql). Every value from the query is
// a bind parameter; nothing the user typed is ever spliced into the SQL text.

const see = (section: ProfileSection, viewer: Viewer) => canSeeSql(section, viewer, Prisma.sql`u."id"`, "p");

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

/**
 * How free text is matched. With a country or language filter and at least one more of
 * country, language, sector and network, few people are left to compare, so their fields are
 * compared directly ("inline"); otherwise the trigram indexes find the candidates first
 * ("index", textHitsSql), which is what keeps a search over everyone fast.
 */
export function textMode(query: DirectoryQuery): "index" | "inline" | null {
  if (!query.q) return null;
  const selective = [query.country, query.language, query.sector, query.network].filter(Boolean).length;
  return (query.country || query.language) && selective >= 2 ? "inline" : "index";
}

/** Run before textHitsSql, in the same transaction (see there). */
export const textSearchSettings = (): Prisma.Sql[] => [
  Prisma.sql`SET LOCAL enable_seqscan = off`,
  Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TEXT_THRESHOLD)}, true)`,
];

/** Free-text matches per person from textHitsSql: best similarity over name/headline/bio, and over the company name. */
export interface TextHitRow {
  id: string;
  about: number | null;
  company: number | null;
}

export interface TextHits {
  ids: string[];
  about: (number | null)[];
  company: (number | null)[];
}

/**
 * People whose name, headline, bio or company name is word-similar to `q` (pg_trgm `<%`, i.e.
 * word_similarity at least pg_trgm.word_similarity_threshold, set to TEXT_THRESHOLD), with the
 * best similarity per kind of field. Run it where sequential scans are disabled: the planner
 * cannot see how costly word_similarity is on long texts and would otherwise skip the
 * trigram GIN indexes. Visibility is applied by the main statement, which gets these ids.
 * A bio match counts as BIO_SIMILARITY: checking a long text is the costly part, and doing it
 * once (in the index recheck) rather than twice halves the time of a common word's search.
 */
export function textHitsSql(q: string): Prisma.Sql {
  return Prisma.sql`
    SELECT id, max(sim) FILTER (WHERE NOT company) AS about, max(sim) FILTER (WHERE company) AS company FROM (
      SELECT "id" AS id, word_similarity(${q}, "name") AS sim, false AS company FROM "User" WHERE ${q} <% "name"
      UNION ALL SELECT "userId", word_similarity(${q}, "headline"), false FROM "Profile" WHERE ${q} <% "headline"
      UNION ALL SELECT "userId", ${BIO_SIMILARITY}::real, false FROM "Profile" WHERE ${q} <% "bio"
      UNION ALL SELECT "ownerId", word_similarity(${q}, "name"), true FROM "Company" WHERE ${q} <% "name"
    ) hits GROUP BY id`;
}

/**
 * Where the matching starts. With a country, language or free-text filter it starts from that
 * filter's (few) rows and reads each person's User and Profile row through the primary key
 * (`OFFSET 0` keeps the planner from hashing both whole tables instead); without one, from
 * every user.
 */
function fromSql(query: DirectoryQuery, text: TextHits | null): { from: Prisma.Sql; where: Prisma.Sql[] } {
  const relation = query.relation ? Prisma.sql`AND ${query.relation}::"CountryRelation" = ANY(ck."relations")` : Prisma.empty;
  const countryJoin = Prisma.sql`JOIN "CountryKnowledge" ck ON ck."userId" = u."id" AND ck."country" = ${query.country ?? null} ${relation}`;
  const languageJoin = Prisma.sql`JOIN "UserLanguage" ul ON ul."userId" = u."id" AND ul."code" = ${query.language ?? null} AND ul."level" IN (${levelsSql(query)})`;
  const byKey = (id: Prisma.Sql) => Prisma.sql`
    JOIN LATERAL (SELECT "id", "name", "status" FROM "User" WHERE "id" = ${id} OFFSET 0) u ON true
    LEFT JOIN LATERAL (
      SELECT "userId", "headline", "bio", "openToIntroductions", "aboutVisibility", "languagesVisibility", "countriesVisibility", "companyVisibility"
      FROM "Profile" WHERE "userId" = ${id} OFFSET 0
    ) p ON true`;
  if (text) {
    const unnest = Prisma.sql`unnest(${text.ids}::text[], ${text.about}::float8[], ${text.company}::float8[]) AS t(id, about_sim, company_sim)`;
    return { from: Prisma.sql`${unnest} ${byKey(Prisma.sql`t.id`)} ${query.country ? countryJoin : Prisma.empty} ${query.language ? languageJoin : Prisma.empty}`, where: [] };
  }
  if (query.country) {
    return {
      from: Prisma.sql`"CountryKnowledge" ck ${byKey(Prisma.sql`ck."userId"`)} ${query.language ? languageJoin : Prisma.empty}`,
      where: [Prisma.sql`ck."country" = ${query.country} ${relation}`],
    };
  }
  if (query.language) {
    return { from: Prisma.sql`"UserLanguage" ul ${byKey(Prisma.sql`ul."userId"`)}`, where: [Prisma.sql`ul."code" = ${query.language} AND ul."level" IN (${levelsSql(query)})`] };
  }
  return { from: Prisma.sql`"User" u LEFT JOIN "Profile" p ON p."userId" = u."id"`, where: [] };
}

/** The CTEs `peers` (member firms of the viewer's networks) and `matched` (id, name, visible sections, score). */
function matchedSql(query: DirectoryQuery, viewer: Viewer, text: TextHits | null): Prisma.Sql {
  const { from, where } = fromSql(query, text);
  const conditions: Prisma.Sql[] = [
    Prisma.sql`u."status" = 'ACTIVE'`,
    // Listed: a member firm of a network that is not archived (of the chosen network, if any).
    Prisma.sql`EXISTS (
      SELECT 1 FROM "Membership" m JOIN "Network" n ON n."id" = m."networkId"
      WHERE m."userId" = u."id" AND m."role" IN ('MEMBER', 'ORGANISER') AND n."status" <> 'ARCHIVED'
      ${query.network ? Prisma.sql`AND n."slug" = ${query.network}` : Prisma.empty}
    )`,
    see("about", viewer),
    ...where,
  ];
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

  if (query.sector) conditions.push(Prisma.sql`c."sniSection" = ${query.sector}`);
  if (query.exporting !== undefined) conditions.push(Prisma.sql`c."exporting" = ${query.exporting}`);
  if (query.sector || query.exporting !== undefined) conditions.push(see("company", viewer));
  if (query.open !== undefined) conditions.push(Prisma.sql`COALESCE(p."openToIntroductions", false) = ${query.open}`);
  const inline = query.q && textMode(query) === "inline" ? query.q : null;
  if (text || inline) {
    // Name, headline and bio are visible wherever the person is listed; the company name only with the company section.
    const threshold = Prisma.sql`${TEXT_THRESHOLD}::float8`;
    const above = (similarity: Prisma.Sql, counted: Prisma.Sql = similarity) => Prisma.sql`CASE WHEN ${similarity} >= ${threshold} THEN ${counted} ELSE 0 END`;
    const aboutSimilarity = text
      ? Prisma.sql`COALESCE(t.about_sim, 0)`
      : Prisma.sql`GREATEST(${above(Prisma.sql`s.name_sim`)}, ${above(Prisma.sql`s.headline_sim`)}, ${above(Prisma.sql`s.bio_sim`, Prisma.sql`${BIO_SIMILARITY}::float8`)})`;
    const companySimilarity = text
      ? Prisma.sql`CASE WHEN t.company_sim IS NOT NULL AND ${see("company", viewer)} THEN t.company_sim ELSE 0 END`
      : Prisma.sql`CASE WHEN s.company_sim >= ${threshold} AND ${see("company", viewer)} THEN s.company_sim ELSE 0 END`;
    conditions.push(Prisma.sql`(${aboutSimilarity} > 0 OR ${companySimilarity} > 0)`);
    score.push(Prisma.sql`${TEXT_WEIGHT}::float8 * GREATEST(${aboutSimilarity}, ${companySimilarity})`);
  }
  // Inline free text: each candidate's fields compared once (OFFSET 0 keeps the planner from repeating it per use).
  const similarities = inline
    ? Prisma.sql`CROSS JOIN LATERAL (
        SELECT word_similarity(${inline}, u."name") AS name_sim, word_similarity(${inline}, COALESCE(p."headline", '')) AS headline_sim,
          word_similarity(${inline}, COALESCE(p."bio", '')) AS bio_sim, word_similarity(${inline}, COALESCE(c."name", '')) AS company_sim
        OFFSET 0
      ) s`
    : Prisma.empty;

  return Prisma.sql`
    peers AS (
      SELECT theirs."userId" FROM "Membership" mine
      JOIN "Network" n ON n."id" = mine."networkId" AND n."status" <> 'ARCHIVED'
      JOIN "Membership" theirs ON theirs."networkId" = mine."networkId" AND theirs."role" IN ('MEMBER', 'ORGANISER')
      WHERE mine."userId" = ${viewer.id}
    ),
    matched AS MATERIALIZED (
      SELECT u."id", u."name",
        ${see("languages", viewer)} AS see_languages,
        ${see("countries", viewer)} AS see_countries,
        ${see("company", viewer)} AS see_company,
        (${Prisma.join(score, " + ")})::float8 AS score
      FROM ${from}
      LEFT JOIN "Company" c ON c."ownerId" = u."id"
      ${similarities}
      WHERE ${Prisma.join(conditions, "\n AND ")}
    )`;
}

const resultOrder = (alias: string) => Prisma.raw(`${alias}.score DESC, ${alias}.name COLLATE "C", ${alias}.id COLLATE "C"`);

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

/** The people of the requested page, each with their visible sections, in relevance order. */
function itemsSql(query: DirectoryQuery): Prisma.Sql {
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
    FROM (SELECT * FROM matched ORDER BY ${resultOrder("matched")} LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}) pg)`;
}

/** One statement: total, the requested page's items and the three facets over visible data. */
export function searchSql(query: DirectoryQuery, viewer: Viewer, text: TextHits | null = null): Prisma.Sql {
  const facet = (table: string, owner: string, key: string, visible: string) =>
    Prisma.sql`(SELECT COALESCE(json_object_agg(k, n ORDER BY n DESC, k), '{}'::json) FROM (
      SELECT f.${Prisma.raw(`"${key}"`)} AS k, count(*)::int AS n FROM matched JOIN ${Prisma.raw(`"${table}"`)} f ON f.${Prisma.raw(`"${owner}"`)} = matched."id"
      WHERE matched.${Prisma.raw(visible)} GROUP BY 1
    ) counted)`;
  return Prisma.sql`WITH ${matchedSql(query, viewer, text)}
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      ${itemsSql(query)} AS items,
      ${facet("CountryKnowledge", "userId", "country", "see_countries")} AS country,
      ${facet("UserLanguage", "userId", "code", "see_languages")} AS language,
      ${facet("Company", "ownerId", "sniSection", "see_company")} AS sector`;
}
