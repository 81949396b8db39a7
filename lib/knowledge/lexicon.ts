import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";

// Typo correction against "KnowledgeWord", the distinct words of published items (kept by a
// trigger, see migration 20261122145359_knowledge_search_lexicon). Each query word is looked
// up among a few thousand distinct words by trigram similarity through the table's trigram
// index — instead of among the text of every item — and the search then runs full text with
// the words found (search-sql.ts), so that its matches are ranked and highlighted like any other.

/** Least trigram similarity of a correction: "vietnma" ~ "vietnam" is 0.45, "tysklnad" ~ "tyskland" 0.38. */
export const CORRECTION_SIMILARITY = 0.35;
/** Closest words kept per query word; they are ORed, so a few more only widen the net a little. */
export const CORRECTIONS_PER_TERM = 5;

/**
 * For each term, the term itself followed by the closest lexicon words (most similar first).
 * `%` is served by the trigram index with pg_trgm.similarity_threshold (0.3 unless changed);
 * the stricter bound is applied to what it returns.
 */
/**
 * The lookup of correctTerms: rows (n, word), n the 1-based position of the term. A stop word
 * of English or Swedish is not corrected: "and" would become "andra" or "hand".
 */
export const correctionSql = (terms: string[]) => Prisma.sql`
    SELECT t.n, w."word" FROM unnest(${terms}::text[]) WITH ORDINALITY AS t(term, n)
    CROSS JOIN LATERAL (
      SELECT k."word" FROM "KnowledgeWord" k, lower(kosmopolit_unaccent(t.term)) AS folded
      WHERE length(to_tsvector('kosmopolit_english', folded)) > 0 AND length(to_tsvector('kosmopolit_swedish', folded)) > 0
        AND k."word" % folded AND similarity(k."word", folded) >= ${CORRECTION_SIMILARITY}
      ORDER BY similarity(k."word", folded) DESC, k."word" LIMIT ${CORRECTIONS_PER_TERM}
    ) w
    ORDER BY t.n`;

export async function correctTerms(terms: string[]): Promise<string[][]> {
  if (terms.length === 0) return [];
  const rows = await getPrisma().$queryRaw<{ n: bigint; word: string }[]>(correctionSql(terms));
  return terms.map((term, index) => [...new Set([term, ...rows.filter((row) => Number(row.n) === index + 1).map((row) => row.word)])]);
}

const wordsOf = (alias: string) =>
  Prisma.raw(`kosmopolit_knowledge_words(concat_ws(' ', ${alias}."title", ${alias}."summary", ${alias}."tagText", ${alias}."bodyText", ${alias}."answersText"))`);

/**
 * Removes the words no published item holds any more (edited, unpublished, deleted or erased
 * content): the trigger only adds. Then adds back the words of the items saved in the last
 * day, in case one was saved while the deletion ran and its snapshot did not see it.
 * ("updatedAt" is written in UTC.) Run daily by the job queue (lib/jobs/queue.ts).
 */
export async function pruneKnowledgeWords(): Promise<number> {
  const db = getPrisma();
  const removed = await db.$executeRaw(Prisma.sql`
    WITH current AS MATERIALIZED (SELECT DISTINCT w FROM "KnowledgeItem" c, ${wordsOf("c")} w WHERE c."status" = 'PUBLISHED')
    DELETE FROM "KnowledgeWord" k WHERE NOT EXISTS (SELECT 1 FROM current WHERE current.w = k."word")`);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "KnowledgeWord" ("word")
    SELECT DISTINCT w FROM "KnowledgeItem" c, ${wordsOf("c")} w WHERE c."status" = 'PUBLISHED' AND c."updatedAt" >= (now() AT TIME ZONE 'UTC') - interval '1 day'
    ORDER BY 1 ON CONFLICT DO NOTHING`);
  return removed;
}
