import { Prisma } from "@/generated/prisma/client";
import { BIO_SIMILARITY, TEXT_THRESHOLD } from "@/lib/directory/rules";
import type { DirectoryQuery } from "@/lib/directory/schema";

// Free text in the directory: either looked up through the trigram GIN indexes by a statement
// of its own (textHitsSql), whose matches then drive the search, or compared directly with
// the few people other filters leave ("inline", in search-sql.ts).

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
