import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { KnowledgeQuery } from "./schema";
import { anyWordQuery, exclusions } from "./search-words";

// The knowledge search as one parameterised statement over published items: a capped,
// materialised set of candidates, then its count, one page and the facet counts. Every
// value the user typed is a bind parameter.
//
// Full text: each row carries a tsvector built with the configuration of its own language
// (migration 20261122112022_knowledge_bank). The query is parsed once per configuration and
// each row is tested against the parse of its language, written as three ORed conditions;
// each branch is an index condition on the partial indexes of its language
// ("KnowledgeItem_{searchDocument,headDocument}_{en,sv,other}_idx"), so the branch needs no
// re-check against the document. websearch_to_tsquery accepts unbalanced quotes and lone operators,
// but not long runs of "-" (its stack overflows): the schema collapses those first.
//
// Cost: a word like "customs" is in a third of all items, and reading and ranking tens of
// thousands of documents (mostly compressed out of line) takes most of a second. So a search
// takes at most CANDIDATE_CAP + 1 candidates, in two tiers by where the words are: first
// items whose title, summary or tags hold the query ("headDocument", kept in the row, ranked
// from it alone, without reading the body), then items that match only with the body or the
// answers (ranked by "searchDocument"). Head matches rank first, as the weights of the full
// rank (title 1.0, summary and tags 0.4 against body 0.15 and answers 0.05) nearly always did.
// When more items match than the cap, the total is the cap, the API and page say "more than"
// and the facets count the candidates (see docs/api.md); within a tier the candidates are
// the first found in table order. Below the cap, every number is exact.
//
// Typo tolerance (search.ts): when the words find fewer than FUZZY_BELOW items, the search
// runs again with `corrections`, each query word with its closest words in the lexicon
// (lexicon.ts): items matching every corrected word come next, and, when those are still
// fewer than FUZZY_BELOW, items matching any corrected word.

export const PAGE_SIZE = 20;
export const FUZZY_BELOW = 3;
/** The most items a search ranks, counts and pages through. */
export const CANDIDATE_CAP = 1000;

const CONFIGS = { en: "kosmopolit_english", sv: "kosmopolit_swedish", simple: "kosmopolit_simple" } as const;
type Config = (typeof CONFIGS)[keyof typeof CONFIGS];

/** What to match: the user's query, every group of corrected words, or any corrected word. */
type Match = { q: string } | { all: string[][] } | { any: string[][] };

const websearch = (config: Config, text: string) => Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${config}'`)}::regconfig, ${text})`;

function parse(config: Config, match: Match): Prisma.Sql {
  if ("q" in match) return websearch(config, match.q);
  // Lexicon words are plain words (letters only), so "a or b" is all the syntax they meet.
  if ("any" in match) return websearch(config, match.any.flat().join(" or "));
  return Prisma.sql`(${Prisma.join(match.all.map((group) => websearch(config, group.join(" or "))), " && ")})`;
}

/** The row's own parse of the query, for ranking and snippets. */
const rowQuery = (match: Match) =>
  Prisma.sql`(CASE i."language" WHEN 'en' THEN ${parse(CONFIGS.en, match)} WHEN 'sv' THEN ${parse(CONFIGS.sv, match)} ELSE ${parse(CONFIGS.simple, match)} END)`;

/** `lexemes`: filter lexemes the row must hold too (see filterLexemes). */
const matches = (column: "searchDocument" | "headDocument", match: Match, lexemes?: Prisma.Sql) => {
  const document = Prisma.raw(`i."${column}"`);
  // A query of stop words parses to nothing, which matches nothing; with the lexemes alone it would match every row.
  const and = (parsed: Prisma.Sql) => (lexemes ? Prisma.sql`(CASE WHEN numnode(${parsed}) = 0 THEN ${parsed} ELSE ${parsed} && ${lexemes} END)` : parsed);
  return Prisma.sql`(
  (i."language" = 'en' AND ${document} @@ ${and(parse(CONFIGS.en, match))})
  OR (i."language" = 'sv' AND ${document} @@ ${and(parse(CONFIGS.sv, match))})
  OR (i."language" NOT IN ('en', 'sv') AND ${document} @@ ${and(parse(CONFIGS.simple, match))})
)`;
};

/**
 * The type and visibility filters as lexemes of both documents ("~question", "~public";
 * migration 20261122145359), so that the text index applies them: a filter tested on the row
 * instead reads every match. The row conditions of filters() stay, and stay authoritative.
 */
function filterLexemes(query: KnowledgeQuery, membersContent: boolean): Prisma.Sql | undefined {
  const lexemes = [...(query.type ? [`~${query.type}`] : []), ...(membersContent ? [] : ["~public"])];
  return lexemes.length ? Prisma.sql`${lexemes.map((lexeme) => `'${lexeme}'`).join(" & ")}::tsquery` : undefined;
}

export const KIND_OF_TYPE = { article: "ARTICLE", story: "STORY", question: "QUESTION" } as const;

/**
 * Published items the viewer may read, narrowed by the query's filters. With words, the type
 * is compared as text, which no index serves: otherwise the planner may read every question
 * through the type's index and test each one's document, instead of taking the text index's
 * matches and checking their type.
 */
function filters(query: KnowledgeQuery, membersContent: boolean, extra: Prisma.Sql[] = []): Prisma.Sql {
  const conditions = [Prisma.sql`i."status" = 'PUBLISHED'`];
  if (!membersContent) conditions.push(Prisma.sql`i."visibility" = 'PUBLIC'`);
  if (query.country) conditions.push(Prisma.sql`i."countries" @> ARRAY[${query.country}]::char(2)[]`);
  if (query.topic) conditions.push(Prisma.sql`i."topics" @> ARRAY[${query.topic}]::text[]`);
  if (query.type && extra.length > 0) conditions.push(Prisma.sql`i."kind"::text = ${KIND_OF_TYPE[query.type]}`);
  else if (query.type) conditions.push(Prisma.sql`i."kind" = ${KIND_OF_TYPE[query.type]}::"KnowledgeKind"`);
  if (query.language) conditions.push(Prisma.sql`i."language" = ${query.language}`);
  return Prisma.join([...conditions, ...extra], " AND ");
}

const WEIGHTS = Prisma.raw("'{0.05, 0.15, 0.4, 1.0}'");
const FACET_COLUMNS = Prisma.sql`i."kind", i."language", i."countries", i."topics", i."publishedAt"`;

/**
 * The candidates of one match in two tiers: head matches (tier `tier`), then the other
 * matches (tier `tier + 1`), at most CANDIDATE_CAP + 1 of them. A query with an exclusion
 * is checked against the whole document too, as the excluded word may be in the body.
 */
function tiered(query: KnowledgeQuery, membersContent: boolean, match: Match, tier: number, extra: Prisma.Sql[], bonus = Prisma.sql`0`): Prisma.Sql {
  const negated = "q" in match && exclusions(match.q).length > 0;
  const lexemes = filterLexemes(query, membersContent);
  const head = Prisma.sql`SELECT i."id", ${tier}::int AS tier, ts_rank(${WEIGHTS}, i."headDocument", ${rowQuery(match)}, 1) + ${bonus} AS rank, ${FACET_COLUMNS}
    FROM "KnowledgeItem" i WHERE ${filters(query, membersContent, [matches("headDocument", match, lexemes), ...(negated ? [matches("searchDocument", match)] : []), ...extra])}`;
  const rest = Prisma.sql`SELECT i."id", ${tier + 1}::int, ts_rank(${WEIGHTS}, i."searchDocument", ${rowQuery(match)}, 1) + ${bonus}, ${FACET_COLUMNS}
    FROM "KnowledgeItem" i WHERE ${filters(query, membersContent, [matches("searchDocument", match, lexemes), Prisma.sql`NOT ${matches("headDocument", match)}`, ...extra])}`;
  return Prisma.sql`SELECT * FROM (${head} UNION ALL ${rest}) tiers LIMIT ${CANDIDATE_CAP + 1}`;
}

export interface SearchStatementRow {
  /** Candidates found, at most CANDIDATE_CAP + 1 (one more than the cap means "more"). */
  found: bigint;
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
  /** Title and snippet with matches between \u0001 and \u0002. */
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

const headlineOptions = "StartSel=\u0001, StopSel=\u0002, MaxWords=32, MinWords=14, MaxFragments=2, FragmentDelimiter=\" … \"";
const titleOptions = "StartSel=\u0001, StopSel=\u0002, HighlightAll=true";

/**
 * For items matching any corrected word: how many of the words as typed they hold, which
 * ranks an item holding a word the user wrote above one holding only a guess at another.
 */
const exactWords = (corrections: string[][]) =>
  Prisma.sql`(${Prisma.join(corrections.map(([term]) => Prisma.sql`(i."searchDocument" @@ ${rowQuery({ q: term! })})::int`), " + ")})`;

/** Tiers from FUZZY_TIER on are matches of corrected words. */
const FUZZY_TIER = 2;

/**
 * The search statement. `corrections` (one group per query word: the word and its closest
 * lexicon words) adds the typo tiers after the full-text ones.
 */
export function searchSql(query: KnowledgeQuery, membersContent: boolean, corrections: string[][] = []): Prisma.Sql {
  const q = query.q?.trim() || undefined;
  const offset = (query.page - 1) * PAGE_SIZE;
  const excluded = q ? exclusions(q).map((text) => Prisma.sql`NOT ${matches("searchDocument", { q: text })}`) : [];
  const fuzzy = Boolean(q) && corrections.length > 0;

  let stages: Prisma.Sql;
  if (!q) {
    stages = Prisma.sql`candidates AS MATERIALIZED (
      SELECT i."id", 0 AS tier, 0::real AS rank, ${FACET_COLUMNS} FROM "KnowledgeItem" i WHERE ${filters(query, membersContent)}
      ORDER BY i."publishedAt" DESC, i."id" LIMIT ${CANDIDATE_CAP + 1})`;
  } else if (!fuzzy) {
    stages = Prisma.sql`candidates AS MATERIALIZED (${tiered(query, membersContent, { q }, 0, [])})`;
  } else {
    const all = { all: corrections };
    const anyWord = corrections.length > 1
      ? Prisma.sql`SELECT * FROM (${tiered(query, membersContent, { any: corrections }, FUZZY_TIER + 2, [
          Prisma.sql`i."id" NOT IN (SELECT "id" FROM text_hits UNION ALL SELECT "id" FROM all_hits)`,
          ...excluded,
        ], exactWords(corrections))}) t WHERE (SELECT count(*) FROM text_hits) + (SELECT count(*) FROM all_hits) < ${FUZZY_BELOW}`
      : Prisma.sql`SELECT * FROM text_hits WHERE false`;
    stages = Prisma.sql`text_hits AS MATERIALIZED (${tiered(query, membersContent, { q }, 0, [])}),
    all_hits AS MATERIALIZED (${tiered(query, membersContent, all, FUZZY_TIER, [Prisma.sql`i."id" NOT IN (SELECT "id" FROM text_hits)`, ...excluded])}),
    any_hits AS MATERIALIZED (${anyWord}),
    candidates AS MATERIALIZED (SELECT * FROM (SELECT * FROM text_hits UNION ALL SELECT * FROM all_hits UNION ALL SELECT * FROM any_hits) c LIMIT ${CANDIDATE_CAP + 1})`;
  }

  // Snippets mark every word of the query and every correction tried.
  const highlight: Match | null = q ? { q: [anyWordQuery(q), ...corrections.flat()].filter(Boolean).join(" or ") } : null;
  const snippet = highlight
    ? Prisma.sql`ts_headline(kosmopolit_text_config(i."language"), i."title", ${rowQuery(highlight)}, ${titleOptions}) AS title_marked,
        ts_headline(kosmopolit_text_config(i."language"), concat_ws(' ', NULLIF(i."summary", ''), NULLIF(i."bodyText", ''), NULLIF(i."answersText", '')), ${rowQuery(highlight)}, ${headlineOptions}) AS snippet_marked`
    : Prisma.sql`NULL AS title_marked, NULL AS snippet_marked`;

  return Prisma.sql`
    WITH ${stages},
    kept AS MATERIALIZED (SELECT * FROM candidates LIMIT ${CANDIDATE_CAP}),
    page AS (
      SELECT k."id", k.tier, k.rank, k."publishedAt" FROM kept k
      ORDER BY k.tier, k.rank DESC, k."publishedAt" DESC, k."id" LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*) FROM candidates) AS found,
      EXISTS (SELECT 1 FROM kept WHERE tier >= ${FUZZY_TIER}) AS fuzzy_used,
      (SELECT json_agg(row_to_json(r) ORDER BY r.tier, r.rank DESC, r.published_at DESC, r."id") FROM (
        SELECT i."id", i."kind", i."title", i."summary", left(i."bodyText", 600) AS body_text, i."countries", i."topics", i."language",
          i."publishedAt" AS published_at, i."answerCount" AS answer_count, i."acceptedAnswerId" IS NOT NULL AS accepted,
          i."storyMarket" AS story_market, u."name" AS author_name, n."slug" AS network_slug, h.tier >= ${FUZZY_TIER} AS fuzzy, h.tier, h.rank,
          ${snippet}
        FROM page h JOIN "KnowledgeItem" i ON i."id" = h."id" JOIN "User" u ON u."id" = i."authorId" JOIN "Network" n ON n."id" = i."networkId"
      ) r) AS items,
      (SELECT json_object_agg(code, n) FROM (SELECT unnest("countries") AS code, count(*) AS n FROM kept GROUP BY 1) f) AS country,
      (SELECT json_object_agg(topic, n) FROM (SELECT unnest("topics") AS topic, count(*) AS n FROM kept GROUP BY 1) f) AS topic,
      (SELECT json_object_agg(lower("kind"::text), n) FROM (SELECT "kind", count(*) AS n FROM kept GROUP BY 1) f) AS type,
      (SELECT json_object_agg("language", n) FROM (SELECT "language", count(*) AS n FROM kept GROUP BY 1) f) AS language
  `;
}
