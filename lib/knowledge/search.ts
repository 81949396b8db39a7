import "server-only";
import { getPrisma } from "@/lib/db/client";
import { parseInput } from "@/lib/errors";
import { loadKnowledgeActor } from "./actor";
import { highlightSimilarWords, parseMarked, truncateHighlighted, type HighlightedText } from "./highlight";
import { isMember } from "./rules";
import { knowledgeQuerySchema, type KnowledgeQuery, type KnowledgeType } from "./schema";
import { correctTerms } from "./lexicon";
import { CANDIDATE_CAP, FUZZY_BELOW, PAGE_SIZE, searchSql, type PageRow, type SearchStatementRow } from "./search-sql";
import { fuzzyTerms } from "./search-words";

export interface KnowledgeHit {
  id: string;
  type: KnowledgeType;
  title: HighlightedText;
  snippet: HighlightedText;
  countries: string[];
  topics: string[];
  language: string;
  publishedAt: Date;
  answerCount: number;
  accepted: boolean;
  storyMarket: string | null;
  authorName: string;
  networkSlug: string;
  /** Found by word similarity because full text found little. */
  fuzzy: boolean;
}

export interface KnowledgeSearchResult {
  query: KnowledgeQuery;
  items: KnowledgeHit[];
  /** Exact up to CANDIDATE_CAP; when more items match, CANDIDATE_CAP and `capped` is true. */
  total: number;
  /** More items match than the search ranks: `total` is a lower bound and the facets count the first CANDIDATE_CAP. */
  capped: boolean;
  pageCount: number;
  /** Whether some results were found by similarity rather than by the words themselves. */
  fuzzy: boolean;
  facets: { country: Record<string, number>; topic: Record<string, number>; type: Record<string, number>; language: Record<string, number> };
}

const SNIPPET_LENGTH = 260;

function hitOf(row: PageRow, terms: string[]): KnowledgeHit {
  const plainSnippet = row.summary || row.body_text;
  return {
    id: row.id,
    type: row.kind.toLowerCase() as KnowledgeType,
    title: row.title_marked ? parseMarked(row.title_marked) : highlightSimilarWords(row.title, row.fuzzy ? terms : []),
    snippet: truncateHighlighted(row.snippet_marked ? parseMarked(row.snippet_marked) : highlightSimilarWords(plainSnippet, row.fuzzy ? terms : []), SNIPPET_LENGTH),
    countries: row.countries.map((code) => code.trim()),
    topics: row.topics,
    language: row.language,
    publishedAt: new Date(row.published_at),
    answerCount: row.answer_count,
    accepted: row.accepted,
    storyMarket: row.story_market,
    authorName: row.author_name,
    networkSlug: row.network_slug,
    fuzzy: row.fuzzy,
  };
}

/**
 * When the words find fewer than FUZZY_BELOW items: each query word with its closest lexicon
 * words, for a second search. A correction that changes nothing is still worth that search
 * with two words or more, which then finds items holding some of them. Null otherwise.
 */
export async function correctionsFor(query: KnowledgeQuery, found: number): Promise<string[][] | null> {
  const terms = query.q ? fuzzyTerms(query.q) : [];
  if (found >= FUZZY_BELOW || terms.length === 0) return null;
  const corrections = await correctTerms(terms);
  return corrections.length > 1 || corrections.some((group) => group.length > 1) ? corrections : null;
}

/**
 * One search over articles, export stories and questions (with their answers), for
 * GET /api/v1/knowledge/search and the knowledge pages. Visitors, and signed-in people who
 * belong to no network, see public items only — in results, counts and snippets alike.
 */
export async function searchKnowledge({ actorId, ...input }: { actorId: string | null } & Record<string, unknown>): Promise<KnowledgeSearchResult> {
  const query = parseInput(knowledgeQuerySchema, input);
  const membersContent = isMember(await loadKnowledgeActor(actorId));
  const db = getPrisma();
  let [row] = await db.$queryRaw<SearchStatementRow[]>(searchSql(query, membersContent));
  const corrections = await correctionsFor(query, Number(row!.found));
  if (corrections) [row] = await db.$queryRaw<SearchStatementRow[]>(searchSql(query, membersContent, corrections));
  const terms = query.q ? fuzzyTerms(query.q) : [];
  const found = Number(row!.found);
  const total = Math.min(found, CANDIDATE_CAP);
  return {
    query,
    items: (row!.items ?? []).map((item) => hitOf(item, terms)),
    total,
    capped: found > CANDIDATE_CAP,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    fuzzy: row!.fuzzy_used,
    facets: { country: trimKeys(row!.country), topic: row!.topic ?? {}, type: row!.type ?? {}, language: row!.language ?? {} },
  };
}

/** char(2) codes come back padded only if shorter; keep the facet keys clean either way. */
const trimKeys = (facet: Record<string, number> | null) => Object.fromEntries(Object.entries(facet ?? {}).map(([key, count]) => [key.trim(), count]));
