import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { KnowledgeQuery } from "./schema";

// The knowledge search as one parameterised statement over published items: a materialised
// set of matches, then its count, one page and the facet counts. Every value the user typed
// is a bind parameter.
//
// Full text: each row carries a tsvector built with the configuration of its own language
// (migration 20261122112022_knowledge_bank). The query is parsed once per configuration and
// each row is tested against the parse of its language, written as three ORed conditions so
// that every branch is an index condition on "KnowledgeItem_searchDocument_idx" (a BitmapOr);
// a single CASE would hide the query from the index. websearch_to_tsquery accepts unbalanced
// quotes and lone operators, but not long runs of "-" (its stack overflows): the schema
// collapses those and removes control characters first (normaliseQuery in schema.ts).
//
// Typo tolerance: when full text finds fewer than FUZZY_BELOW items, the words of the query
// are compared by trigram word similarity with "fuzzyText" (title, summary, tag names,
// unaccented), through its trigram index; those matches rank after every full-text match.

export const PAGE_SIZE = 20;
export const FUZZY_BELOW = 3;
/** pg_trgm.word_similarity_threshold for the fallback: "vietnma" ~ "vietnam" is 0.62. */
export const FUZZY_THRESHOLD = 0.45;
const MAX_FUZZY_TERMS = 5;

const CONFIGS = { en: "kosmopolit_english", sv: "kosmopolit_swedish", simple: "kosmopolit_simple" } as const;
const tsquery = (config: string, q: string) => Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${config}'`)}::regconfig, ${q})`;

/** The row's own parse of the query, for ranking and snippets. */
const rowQuery = (q: string) =>
  Prisma.sql`(CASE i."language" WHEN 'en' THEN ${tsquery(CONFIGS.en, q)} WHEN 'sv' THEN ${tsquery(CONFIGS.sv, q)} ELSE ${tsquery(CONFIGS.simple, q)} END)`;

const textMatch = (q: string) => Prisma.sql`(
  (i."language" = 'en' AND i."searchDocument" @@ ${tsquery(CONFIGS.en, q)})
  OR (i."language" = 'sv' AND i."searchDocument" @@ ${tsquery(CONFIGS.sv, q)})
  OR (i."language" NOT IN ('en', 'sv') AND i."searchDocument" @@ ${tsquery(CONFIGS.simple, q)})
)`;

/** The query's exclusions (`-word`, `-"a phrase"`), which the similarity fallback must respect too. */
export function exclusions(q: string): string[] {
  return [...q.matchAll(/(?:^|\s)-("[^"]+"|[^\s"-][^\s"]*)/g)].map((match) => match[1]!);
}

/**
 * The query's positive words joined by "or", for snippets: ts_headline looks for a passage
 * holding every word of its query, and a word found only in the title or tags would
 * otherwise leave the snippet without any highlight.
 */
export function anyWordQuery(q: string): string {
  const words = q
    .replace(/(?:^|\s)-("[^"]+"|\S+)/g, " ")
    .split(/[\s"]+/)
    .filter((word) => word && word.toLowerCase() !== "or" && word !== "-");
  return words.join(" or ");
}

/** Words worth comparing by similarity: not excluded (-word), not operators, three letters or more. */
export function fuzzyTerms(q: string): string[] {
  const terms = q
    .split(/\s+/)
    .filter((token) => token && !token.startsWith("-") && token.toLowerCase() !== "or")
    .flatMap((token) => token.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((term) => [...term].length >= 3);
  return [...new Set(terms)].slice(0, MAX_FUZZY_TERMS);
}

export const KIND_OF_TYPE = { article: "ARTICLE", story: "STORY", question: "QUESTION" } as const;

/** Published items the viewer may read, narrowed by the query's filters. */
function filters(query: KnowledgeQuery, membersContent: boolean, extra: Prisma.Sql[] = []): Prisma.Sql {
  const conditions = [Prisma.sql`i."status" = 'PUBLISHED'`];
  if (!membersContent) conditions.push(Prisma.sql`i."visibility" = 'PUBLIC'`);
  if (query.country) conditions.push(Prisma.sql`i."countries" @> ARRAY[${query.country}]::char(2)[]`);
  if (query.topic) conditions.push(Prisma.sql`i."topics" @> ARRAY[${query.topic}]::text[]`);
  if (query.type) conditions.push(Prisma.sql`i."kind" = ${KIND_OF_TYPE[query.type]}::"KnowledgeKind"`);
  if (query.language) conditions.push(Prisma.sql`i."language" = ${query.language}`);
  return Prisma.join([...conditions, ...extra], " AND ");
}

const headlineOptions = "StartSel=\u0001, StopSel=\u0002, MaxWords=32, MinWords=14, MaxFragments=2, FragmentDelimiter=\" … \"";
const titleOptions = "StartSel=\u0001, StopSel=\u0002, HighlightAll=true";

export interface SearchStatementRow {
  total: bigint;
  fuzzy_used: boolean;
  items: PageRow[] | null;
  country: Record<string, number> | null;
  topic: Record<string, number> | null;
  type: Record<string, number> | null;
  language: Record<string, number> | null;
}

export interface PageRow {
  id: string;
  kind: "ARTICLE" | "STORY" | "QUESTION";
  title: string;
  /** Title and snippet with matches between \u0001 and \u0002 (full-text matches only). */
  title_marked: string | null;
  snippet_marked: string | null;
  summary: string;
  body_text: string;
  countries: string[];
  topics: string[];
  language: string;
  published_at: string;
  answer_count: number;
  accepted: boolean;
  story_market: string | null;
  author_name: string;
  network_slug: string;
  fuzzy: boolean;
}

/** Run before searchSql in the same transaction: the threshold of the `<%` operator. */
export const fuzzySettings = () => Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`;

export function searchSql(query: KnowledgeQuery, membersContent: boolean): Prisma.Sql {
  const q = query.q?.trim() || undefined;
  const terms = q ? fuzzyTerms(q) : [];
  const offset = (query.page - 1) * PAGE_SIZE;

  const textual = q
    ? Prisma.sql`
      text_hits AS MATERIALIZED (
        SELECT i."id", ts_rank(${Prisma.raw("'{0.05, 0.15, 0.4, 1.0}'")}, i."searchDocument", ${rowQuery(q)}, 1) AS rank
        FROM "KnowledgeItem" i WHERE ${filters(query, membersContent, [textMatch(q)])}
      ),
      fuzzy_hits AS MATERIALIZED (
        ${
          terms.length > 0
            ? Prisma.sql`SELECT i."id", ${Prisma.join(
                terms.map((term) => Prisma.sql`word_similarity(lower(kosmopolit_unaccent(${term})), i."fuzzyText")`),
                " + ",
              )} AS rank
          FROM "KnowledgeItem" i
          WHERE (SELECT count(*) FROM text_hits) < ${FUZZY_BELOW}
            AND ${filters(query, membersContent, [
              Prisma.sql`(${Prisma.join(
                terms.map((term) => Prisma.sql`lower(kosmopolit_unaccent(${term})) <% i."fuzzyText"`),
                " OR ",
              )})`,
              Prisma.sql`i."id" NOT IN (SELECT "id" FROM text_hits)`,
              ...exclusions(q).map((excluded) => Prisma.sql`NOT ${textMatch(excluded)}`),
            ])}`
            : Prisma.sql`SELECT NULL::text AS "id", 0::real AS rank WHERE false`
        }
      ),
      hits AS MATERIALIZED (
        SELECT "id", rank, false AS fuzzy FROM text_hits
        UNION ALL SELECT "id", rank, true FROM fuzzy_hits
      )`
    : Prisma.sql`hits AS MATERIALIZED (SELECT i."id", 0::real AS rank, false AS fuzzy FROM "KnowledgeItem" i WHERE ${filters(query, membersContent)})`;

  const highlight = q ? anyWordQuery(q) : "";
  const snippet = q
    ? Prisma.sql`CASE WHEN h.fuzzy THEN NULL ELSE ts_headline(kosmopolit_text_config(i."language"), i."title", ${rowQuery(highlight)}, ${titleOptions}) END AS title_marked,
        CASE WHEN h.fuzzy THEN NULL ELSE ts_headline(kosmopolit_text_config(i."language"), concat_ws(' ', NULLIF(i."summary", ''), NULLIF(i."bodyText", ''), NULLIF(i."answersText", '')), ${rowQuery(highlight)}, ${headlineOptions}) END AS snippet_marked`
    : Prisma.sql`NULL AS title_marked, NULL AS snippet_marked`;

  return Prisma.sql`
    WITH ${textual},
    matched AS MATERIALIZED (
      SELECT h."id", h.rank, h.fuzzy, i."kind", i."language", i."countries", i."topics", i."publishedAt"
      FROM hits h JOIN "KnowledgeItem" i ON i."id" = h."id"
    ),
    page AS (
      SELECT m."id", m.rank, m.fuzzy, m."publishedAt" FROM matched m
      ORDER BY m.fuzzy, m.rank DESC, m."publishedAt" DESC, m."id" LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*) FROM matched) AS total,
      EXISTS (SELECT 1 FROM matched WHERE fuzzy) AS fuzzy_used,
      (SELECT json_agg(row_to_json(r) ORDER BY r.fuzzy, r.rank DESC, r.published_at DESC, r."id") FROM (
        SELECT i."id", i."kind", i."title", i."summary", left(i."bodyText", 600) AS body_text, i."countries", i."topics", i."language",
          i."publishedAt" AS published_at, i."answerCount" AS answer_count, i."acceptedAnswerId" IS NOT NULL AS accepted,
          i."storyMarket" AS story_market, u."name" AS author_name, n."slug" AS network_slug, h.fuzzy, h.rank,
          ${snippet}
        FROM page h JOIN "KnowledgeItem" i ON i."id" = h."id" JOIN "User" u ON u."id" = i."authorId" JOIN "Network" n ON n."id" = i."networkId"
      ) r) AS items,
      (SELECT json_object_agg(code, n) FROM (SELECT unnest("countries") AS code, count(*) AS n FROM matched GROUP BY 1) f) AS country,
      (SELECT json_object_agg(topic, n) FROM (SELECT unnest("topics") AS topic, count(*) AS n FROM matched GROUP BY 1) f) AS topic,
      (SELECT json_object_agg(lower("kind"::text), n) FROM (SELECT "kind", count(*) AS n FROM matched GROUP BY 1) f) AS type,
      (SELECT json_object_agg("language", n) FROM (SELECT "language", count(*) AS n FROM matched GROUP BY 1) f) AS language
  `;
}
