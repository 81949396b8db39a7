import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { BENCH_MEMBERS, BENCH_VIEWER, benchDataSql } from "@/bench/directory-data";
import { directoryQuerySchema } from "./schema";
import { searchSql, textSearchSettings } from "./search-sql";

// Which indexes the directory's statements use once the tables are large: the benchmark's
// synthetic members are loaded inside a transaction that is rolled back, so the shared test
// database is left as it was and no other test ever sees them.

type PlanNode = { "Index Name"?: string; Plans?: PlanNode[] };
const indexesOf = (node: PlanNode, found = new Set<string>()): Set<string> => {
  if (node["Index Name"]) found.add(node["Index Name"]);
  for (const child of node.Plans ?? []) indexesOf(child, found);
  return found;
};

class RollBack extends Error {}
// The benchmark's size: on half as many people a scan of the whole (small) table costs about as much as the index.
const MEMBERS = BENCH_MEMBERS;

describe("directory indexes on a large directory", () => {
  it("free text uses the trigram GIN indexes, the filters the tags' index, and no filter reads only a page and a few people", { timeout: 180_000 }, async () => {
    const plans: Record<string, string[]> = {};
    await getPrisma()
      .$transaction(
        async (tx) => {
          for (const statement of benchDataSql(MEMBERS)) await tx.$executeRawUnsafe(statement);
          // What autovacuum would soon do (the benchmark runs VACUUM): move the GIN indexes' pending entries into the
          // indexes. Until then each search would read the whole pending list, and the planner rightly avoids that.
          await tx.$queryRaw`
            SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
            WHERE i.indrelid = '"DirectoryListing"'::regclass AND am.amname = 'gin'`;
          const explain = async (label: string, sql: Prisma.Sql) => {
            const [row] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
            plans[label] = [...indexesOf(row!["QUERY PLAN"][0].Plan)].sort();
          };
          const viewer = { id: BENCH_VIEWER, isNetworkMember: true };
          const search = (filters: Record<string, string>) => searchSql(directoryQuerySchema.parse(filters), viewer);

          // The service runs a free-text search after these settings (see textSearchSettings).
          for (const setting of textSearchSettings()) await tx.$executeRaw(setting);
          await explain("text", search({ q: "Saigon Spce" }));
          for (const setting of ["enable_seqscan", "enable_indexonlyscan", "max_parallel_workers_per_gather"]) await tx.$executeRawUnsafe(`RESET ${setting}`);
          await explain("country", search({ country: "VN" }));
          await explain("country+language", search({ country: "VN", language: "vi", minLevel: "fluent" }));
          await explain("language", search({ language: "vi", minLevel: "native" }));
          await explain("sector+exporting", search({ sector: "G", exporting: "true" }));
          await explain("network", search({ network: "bench-7", open: "true" }));
          await explain("everyone", search({}));
          throw new RollBack();
        },
        { timeout: 170_000, maxWait: 10_000 },
      )
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });

    expect(plans.text).toEqual(
      expect.arrayContaining(["DirectoryListing_name_trgm", "DirectoryListing_headline_trgm", "DirectoryListing_companyName_trgm", "DirectoryListing_bio_trgm"]),
    );
    // Every filter, alone or combined, is a tag of the listing row, found through one GIN index.
    for (const label of ["country", "country+language", "language", "sector+exporting", "network"]) expect(plans[label], label).toContain("DirectoryListing_tags_idx");
    // Nothing else is read per matching person; only the page's people are looked up, by primary and unique keys.
    for (const label of ["country", "country+language", "language", "sector+exporting", "network"]) {
      expect(plans[label]!.filter((index) => !index.endsWith("_pkey") && !index.endsWith("_key")), label).toEqual(["DirectoryListing_tags_idx"]);
    }
    // The unfiltered directory reads the page in name order, the viewer's networks through the tags, and the people
    // with a NETWORK section who share a network with the viewer; the rest comes from the facet counts.
    expect(plans.everyone).toEqual(expect.arrayContaining(["DirectoryListing_name_idx", "DirectoryListing_restricted_idx", "DirectoryListing_tags_idx"]));
  });
});
