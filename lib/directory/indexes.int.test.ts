import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { BENCH_VIEWER, benchDataSql } from "@/bench/directory-data";
import { directoryQuerySchema } from "./schema";
import { searchSql, textHitsSql, textSearchSettings } from "./search-sql";

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
const MEMBERS = 8000;

describe("directory indexes on a large directory", () => {
  it("free text uses the trigram GIN indexes and the filters use their indexes", { timeout: 120_000 }, async () => {
    const plans: Record<string, string[]> = {};
    await getPrisma()
      .$transaction(
        async (tx) => {
          for (const statement of benchDataSql(MEMBERS)) await tx.$executeRawUnsafe(statement);
          const explain = async (label: string, sql: Prisma.Sql) => {
            const [row] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
            plans[label] = [...indexesOf(row!["QUERY PLAN"][0].Plan)].sort();
          };
          const viewer = { id: BENCH_VIEWER, isNetworkMember: true };
          const search = (filters: Record<string, string>) => searchSql(directoryQuerySchema.parse(filters), viewer);

          // The service runs the free-text statement after these settings (see textHitsSql).
          for (const setting of textSearchSettings()) await tx.$executeRaw(setting);
          await explain("text", textHitsSql("Saigon Spce"));
          await tx.$executeRaw`SET LOCAL enable_seqscan = on`;
          await explain("country", search({ country: "VN" }));
          await explain("country+language", search({ country: "VN", language: "vi", minLevel: "fluent" }));
          await explain("language", search({ language: "vi", minLevel: "native" }));
          await explain("sector+exporting", search({ sector: "G", exporting: "true" }));
          await explain("network", search({ network: "bench-7", open: "true" }));
          await explain("everyone", search({}));
          throw new RollBack();
        },
        { timeout: 110_000, maxWait: 10_000 },
      )
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });

    expect(plans.text).toEqual(expect.arrayContaining(["Company_name_trgm", "Profile_bio_trgm", "Profile_headline_trgm", "User_name_trgm"]));
    expect(plans.country).toContain("CountryKnowledge_country_idx");
    // Driven from whichever filter is more selective; the other is checked through a primary key.
    expect(plans["country+language"]!.some((index) => index === "CountryKnowledge_country_idx" || index === "UserLanguage_code_level_idx")).toBe(true);
    expect(plans.language).toContain("UserLanguage_code_level_idx");
    expect(plans["sector+exporting"]).toContain("Company_sniSection_idx");
    expect(plans.network).toContain("Membership_networkId_role_idx");
    // Each candidate is then looked up by key, and the facets read per person, from covering indexes alone.
    const lookups = ["User_active_id_idx", "Profile_userId_visibility_idx", "Company_ownerId_sector_idx", "CountryKnowledge_userId_country_idx", "UserLanguage_userId_code_idx"];
    for (const label of ["country", "language", "network"]) expect(plans[label], label).toEqual(expect.arrayContaining(lookups));
    expect(plans.country).toContain("Membership_userId_listing_idx");
    // The unfiltered directory reads only the NETWORK sections and the page's people in name order.
    expect(plans.everyone).toEqual(
      expect.arrayContaining(["Profile_about_network_idx", "Profile_languages_network_idx", "Profile_countries_network_idx", "Profile_company_network_idx", "User_active_name_idx"]),
    );
  });
});
