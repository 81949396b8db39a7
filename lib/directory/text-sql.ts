import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { BIO_SIMILARITY, TEXT_THRESHOLD } from "./rules";
import type { DirectoryQuery } from "./schema";

// Free text in the directory: name, headline, bio and company name of the DirectoryListing row,
// compared with pg_trgm's word similarity. Either the trigram GIN indexes find the candidates
// ("index", textHitsSql), or the few people other filters leave are compared directly ("inline").

/**
 * How free text is matched. With a country or language filter and at least one more of
 * country, language, sector and network, few people are left to compare, so their fields are
 * compared directly ("inline"); otherwise the trigram indexes find the candidates first
 * ("index"), which is what keeps a search over everyone fast.
 */
export function textMode(query: DirectoryQuery): "index" | "inline" | null {
  if (!query.q) return null;
  const selective = [query.country, query.language, query.sector, query.network].filter(Boolean).length;
  return (query.country || query.language) && selective >= 2 ? "inline" : "index";
}

/**
 * Run before a search whose text mode is "index", in the same transaction: `<%` compares with
 * pg_trgm.word_similarity_threshold, and the planner cannot see how costly word_similarity is,
 * so it would rather compare every row than use the trigram indexes: a scan of the table, or of
 * the name index "DirectoryListing_name_idx" alone (which holds every name). Parallel workers
 * cost more to start than these few index reads take.
 */
export const textSearchSettings = (): Prisma.Sql[] => [
  Prisma.sql`SET LOCAL enable_seqscan = off`,
  Prisma.sql`SET LOCAL enable_indexonlyscan = off`,
  Prisma.sql`SET LOCAL max_parallel_workers_per_gather = 0`,
  Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TEXT_THRESHOLD)}, true)`,
];

/**
 * Words of `q` whose presence in a text proves that the text matches `q`, as a text[] evaluated
 * once: pg_trgm's word similarity is the best, over stretches of the text, of shared trigrams
 * against the trigrams of `q` and of the stretch together, so a text holding word w of `q`
 * whole scores at least |trigrams(w)| / |trigrams(q)|, and w counts when that reaches the
 * threshold ("aleppo" for "Aleppo", "saigon" but not "spce" for "Saigon Spce"). Only for text
 * of ASCII characters, where pg_trgm's words are exactly the runs of ASCII letters and digits
 * (see bioWords in the directory_listing migration); otherwise none, and the bio is compared.
 */
export function sureWordsSql(q: string): Prisma.Sql {
  const words = /^[\x00-\x7F]*$/.test(q) ? [...new Set(q.split(/[^A-Za-z0-9]+/).filter(Boolean))] : [];
  return Prisma.sql`(SELECT ARRAY(
      SELECT lower(w) FROM unnest(${words}::text[]) w WHERE cardinality(show_trgm(w)) >= ${TEXT_THRESHOLD}::float8 * cardinality(show_trgm(${q}))
    ))`;
}

/** The listing row `l`'s bio holds a word that proves a match (sureWordsSql): read from its words, no similarity computed. */
const bioHoldsSureWord = (q: string) => Prisma.sql`l."bioWords" && ${sureWordsSql(q)}`;

/**
 * "index" mode: the CTE `hits`, one row per person whose name, headline, bio or company name is
 * word-similar to `q`, found through each field's index, with the best similarity over name,
 * headline and bio (`about_sim`; a bio match counts as BIO_SIMILARITY) and over the company name
 * (`company_sim`, null without a match). A field is only compared where its index found a
 * candidate (a trigram index misses no match), so most people are compared on one field, not
 * four. The bio's words are looked at before the bio is compared: PostgreSQL evaluates an OR from
 * left to right and stops at the first match.
 */
export function textHitsSql(q: string): Prisma.Sql {
  return Prisma.sql`hits AS MATERIALIZED (
      SELECT id, max(sim) FILTER (WHERE NOT company) AS about_sim, max(sim) FILTER (WHERE company) AS company_sim FROM (
        SELECT "userId" AS id, word_similarity(${q}, "name")::float8 AS sim, false AS company FROM "DirectoryListing" WHERE ${q} <% "name"
        UNION ALL SELECT "userId", word_similarity(${q}, "headline")::float8, false FROM "DirectoryListing" WHERE ${q} <% "headline"
        UNION ALL SELECT "userId", ${BIO_SIMILARITY}::float8, false FROM "DirectoryListing" l WHERE ${bioHoldsSureWord(q)} OR ${q} <% l."bio"
        UNION ALL SELECT "userId", word_similarity(${q}, "companyName")::float8, true FROM "DirectoryListing" WHERE ${q} <% "companyName"
      ) found GROUP BY id
    )`;
}

/** "index" mode's LATERAL join `s` (see similaritiesSql) from the row of `hits` aliased `t`. */
export const hitSimilaritiesSql = (seeCompany: Prisma.Sql) =>
  Prisma.sql`CROSS JOIN LATERAL (SELECT COALESCE(t.about_sim, 0) AS about_sim, CASE WHEN t.company_sim IS NOT NULL AND ${seeCompany} THEN t.company_sim ELSE 0 END AS company_sim) s`;

/**
 * "inline" mode: LATERAL joins ending in `s` with the similarities of the listing row `l` to
 * `q`: `about_sim` over name, headline and bio (a bio match counts as BIO_SIMILARITY, the least a
 * match can be), and `company_sim` over the company name when the viewer may see the company
 * (`seeCompany`), 0 below the threshold. Each similarity is computed once per row: OFFSET 0 keeps
 * PostgreSQL from copying a subquery's expressions into every place that uses them.
 */
export function similaritiesSql(q: string, seeCompany: Prisma.Sql): Prisma.Sql {
  const threshold = Prisma.sql`${TEXT_THRESHOLD}::float8`;
  const above = (similarity: Prisma.Sql) => Prisma.sql`CASE WHEN ${similarity} >= ${threshold} THEN ${similarity} ELSE 0 END`;
  const best = Prisma.sql`GREATEST(${above(Prisma.sql`r.name_sim`)}, ${above(Prisma.sql`r.headline_sim`)})`;
  const company = Prisma.sql`CASE WHEN r.company_sim >= ${threshold} AND ${seeCompany} THEN r.company_sim ELSE 0 END`;
  // A visible company match outweighs any bio match (score and condition take the greater of the two), so the bio is then not compared.
  return Prisma.sql`CROSS JOIN LATERAL (
      SELECT word_similarity(${q}, l."name")::float8 AS name_sim, word_similarity(${q}, COALESCE(l."headline", ''))::float8 AS headline_sim,
        word_similarity(${q}, COALESCE(l."companyName", ''))::float8 AS company_sim
      OFFSET 0
    ) r
    CROSS JOIN LATERAL (
      SELECT CASE WHEN ${best} > 0 OR ${company} > 0 THEN ${best}
          WHEN ${bioHoldsSureWord(q)} OR word_similarity(${q}, COALESCE(l."bio", '')) >= ${threshold} THEN ${BIO_SIMILARITY}::float8 ELSE 0 END AS about_sim,
        ${company} AS company_sim
      OFFSET 0
    ) s`;
}
