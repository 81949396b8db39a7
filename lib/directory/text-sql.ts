import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { BIO_SIMILARITY, TEXT_THRESHOLD } from "./rules";
import type { DirectoryQuery } from "./schema";

// Free text in the directory: name, headline, bio and company name of the DirectoryListing row,
// compared with pg_trgm's word similarity. Either the trigram GIN indexes find the candidates
// ("index"), or the few people other filters leave are compared directly ("inline").

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
 * pg_trgm.word_similarity_threshold, and the planner cannot see how costly word_similarity is on
 * long texts, so it would rather scan the table than use the trigram indexes.
 */
export const textSearchSettings = (): Prisma.Sql[] => [
  Prisma.sql`SET LOCAL enable_seqscan = off`,
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

/** A bio that holds a word that proves a match (sureWordsSql), read from the row's words, no similarity computed. */
const bioHoldsSureWord = (q: string) => Prisma.sql`l."bioWords" && ${sureWordsSql(q)}`;

/**
 * "index" mode's condition: a field of the listing row `l` is word-similar to `q`, through the
 * trigram indexes (and the bio's words). PostgreSQL evaluates an OR from left to right and stops
 * at the first match, and evaluates this one twice per row (as the bitmap's recheck and as a
 * filter, since `<%` depends on a setting): the cheap look at the bio's words comes first, and
 * the costly comparison of a long bio last, only for people nothing else matched.
 */
export const textIndexCondition = (q: string) =>
  Prisma.sql`(${bioHoldsSureWord(q)} OR ${q} <% l."name" OR ${q} <% l."headline" OR ${q} <% l."companyName" OR ${q} <% l."bio")`;

/**
 * LATERAL joins ending in `s` with the similarities of the listing row `l` to `q`: `about_sim`
 * over name, headline and bio (a bio match counts as BIO_SIMILARITY, the least a match can be),
 * and `company_sim` over the company name when the viewer may see the company (`seeCompany`), 0
 * below the threshold. Each similarity is computed once per row: OFFSET 0 keeps PostgreSQL from
 * copying a subquery's expressions into every place that uses them.
 */
export function similaritiesSql(q: string, mode: "index" | "inline", seeCompany: Prisma.Sql): Prisma.Sql {
  const threshold = Prisma.sql`${TEXT_THRESHOLD}::float8`;
  const above = (similarity: Prisma.Sql) => Prisma.sql`CASE WHEN ${similarity} >= ${threshold} THEN ${similarity} ELSE 0 END`;
  const best = Prisma.sql`GREATEST(${above(Prisma.sql`r.name_sim`)}, ${above(Prisma.sql`r.headline_sim`)})`;
  const company = Prisma.sql`CASE WHEN r.company_sim >= ${threshold} AND ${seeCompany} THEN r.company_sim ELSE 0 END`;
  // A visible company match outweighs any bio match (score and condition take the greater of the two), so the bio is
  // then not compared. In "index" mode a row reaches this point only if one of its fields matched (textIndexCondition):
  // when neither name, headline nor company name did, the bio did, and needs no second comparison.
  const bioMatched =
    mode === "index"
      ? Prisma.sql`WHEN r.company_sim < ${threshold} OR ${bioHoldsSureWord(q)} OR ${q} <% l."bio" THEN ${BIO_SIMILARITY}::float8`
      : Prisma.sql`WHEN ${bioHoldsSureWord(q)} OR word_similarity(${q}, COALESCE(l."bio", '')) >= ${threshold} THEN ${BIO_SIMILARITY}::float8`;
  return Prisma.sql`CROSS JOIN LATERAL (
      SELECT word_similarity(${q}, l."name")::float8 AS name_sim, word_similarity(${q}, COALESCE(l."headline", ''))::float8 AS headline_sim,
        word_similarity(${q}, COALESCE(l."companyName", ''))::float8 AS company_sim
      OFFSET 0
    ) r
    CROSS JOIN LATERAL (
      SELECT CASE WHEN ${best} > 0 OR ${company} > 0 THEN ${best} ${bioMatched} ELSE 0 END AS about_sim, ${company} AS company_sim
      OFFSET 0
    ) s`;
}
