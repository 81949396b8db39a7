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
 * "index" mode's condition: a field of the listing row `l` is word-similar to `q`, through the
 * trigram indexes. The bio comes last because PostgreSQL evaluates an OR from left to right and
 * stops at the first match: the costly comparison of a long bio is only made for people whose
 * shorter fields do not match.
 */
export const textIndexCondition = (q: string) =>
  Prisma.sql`(${q} <% l."name" OR ${q} <% l."headline" OR ${q} <% l."companyName" OR ${q} <% l."bio")`;

/**
 * A LATERAL join `s` with the similarities of the listing row `l` to `q`: `about_sim` over name,
 * headline and bio (a bio match counts as BIO_SIMILARITY, the least a match can be), and
 * `company_sim` over the company name when the viewer may see the company (`seeCompany`), 0
 * below the threshold. OFFSET 0 computes them once per row however often they are used.
 */
export function similaritiesSql(q: string, mode: "index" | "inline", seeCompany: Prisma.Sql): Prisma.Sql {
  const threshold = Prisma.sql`${TEXT_THRESHOLD}::float8`;
  const above = (similarity: Prisma.Sql) => Prisma.sql`CASE WHEN ${similarity} >= ${threshold} THEN ${similarity} ELSE 0 END`;
  // A visible company match outweighs any bio match (score and condition take the greater of the two), so the bio is
  // then not compared. In "index" mode a row reaches this point only if one of its fields matched (textIndexCondition):
  // when neither name, headline nor company name did, the bio did, and needs no second comparison.
  const bioMatched =
    mode === "index"
      ? Prisma.sql`WHEN short.company_raw < ${threshold} THEN ${BIO_SIMILARITY}::float8 WHEN ${q} <% l."bio" THEN ${BIO_SIMILARITY}::float8`
      : Prisma.sql`WHEN word_similarity(${q}, COALESCE(l."bio", '')) >= ${threshold} THEN ${BIO_SIMILARITY}::float8`;
  return Prisma.sql`CROSS JOIN LATERAL (
      SELECT CASE WHEN short.best > 0 OR short.company_sim > 0 THEN short.best ${bioMatched} ELSE 0 END AS about_sim, short.company_sim
      FROM (
        SELECT GREATEST(${above(Prisma.sql`word_similarity(${q}, l."name")::float8`)}, ${above(Prisma.sql`word_similarity(${q}, COALESCE(l."headline", ''))::float8`)}) AS best,
          raw.company_raw,
          CASE WHEN raw.company_raw >= ${threshold} AND ${seeCompany} THEN raw.company_raw ELSE 0 END AS company_sim
        FROM (SELECT word_similarity(${q}, COALESCE(l."companyName", ''))::float8 AS company_raw) raw
      ) short
      OFFSET 0
    ) s`;
}
