import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { BENCH_VIEWER, benchDataSql } from "@/bench/directory-data";
import { directoryQuerySchema } from "./schema";
import { generalSearchSql, searchSql } from "./search-sql";
import type { SearchRow } from "./sql-parts";

// The unfiltered directory is counted by subtraction (everyone-sql.ts). On the benchmark's
// synthetic members, plus the kinds of people it lacks, it must answer exactly what the general
// statement answers, for viewers in different positions. The data is loaded inside a
// transaction that is rolled back; REPEATABLE READ keeps other tests' commits out of the
// comparison.

class RollBack extends Error {}
const MEMBERS = 3000;

describe("the unfiltered directory", () => {
  it("gives the general statement's total, pages and facets", { timeout: 120_000 }, async () => {
    const compared: string[] = [];
    await getPrisma()
      .$transaction(
        async (tx) => {
          for (const statement of benchDataSql(MEMBERS)) await tx.$executeRawUnsafe(statement);
          // Never listed or not counted: removed and deleted accounts, people without a membership, a facilitator,
          // a member of the archived network only; and people who never saved a profile.
          await tx.$executeRawUnsafe(`UPDATE "User" SET "status" = 'REMOVED' WHERE "id" IN ('bench-user-00103', 'bench-user-00207')`);
          await tx.$executeRawUnsafe(`UPDATE "User" SET "status" = 'DELETED' WHERE "id" = 'bench-user-00311'`);
          await tx.$executeRawUnsafe(`DELETE FROM "Membership" WHERE "userId" IN ('bench-user-00401', 'bench-user-00502', 'bench-user-00603')`);
          await tx.$executeRawUnsafe(`UPDATE "Membership" SET "role" = 'FACILITATOR' WHERE "userId" = 'bench-user-00704'`);
          await tx.$executeRawUnsafe(`DELETE FROM "Membership" WHERE "userId" = 'bench-user-00850' AND "networkId" <> 'bench-net-101'`);
          await tx.$executeRawUnsafe(`DELETE FROM "Profile" WHERE "userId" IN ('bench-user-00905', 'bench-user-01006', 'bench-user-00401')`);

          const [hidden] = await tx.$queryRaw<{ id: string }[]>`
            SELECT "userId" AS id FROM "Profile" WHERE "aboutVisibility" = 'NETWORK' AND "companyVisibility" = 'NETWORK' ORDER BY "userId" LIMIT 1`;
          // An organiser; a member of another network; someone whose own sections are NETWORK; a facilitator.
          const viewers = [BENCH_VIEWER, "bench-user-00002", hidden!.id, "bench-user-00704"].map((id) => ({ id, isNetworkMember: true }));
          const both = async (viewer: { id: string; isNetworkMember: boolean }, page: number) => {
            const query = directoryQuerySchema.parse({ page: String(page) });
            expect(searchSql(query, viewer).sql).not.toEqual(generalSearchSql(query, viewer).sql);
            const [everyone] = await tx.$queryRaw<SearchRow[]>(searchSql(query, viewer));
            const [general] = await tx.$queryRaw<SearchRow[]>(generalSearchSql(query, viewer));
            expect(everyone, `${viewer.id} page ${page}`).toEqual(general);
            compared.push(`${viewer.id}:${page}:${general!.items.length}`);
            return general!;
          };
          for (const viewer of viewers) {
            const first = await both(viewer, 1);
            // Other test files' people share the database, so only a lower bound is known.
            expect(first.total).toBeGreaterThan(MEMBERS * 0.8);
            for (const facet of [first.country, first.language, first.sector]) expect(Object.keys(facet).length).toBeGreaterThan(5);
            const last = Math.ceil(first.total / 20);
            for (const page of [2, 9, last, last + 1]) await both(viewer, page);
          }
          throw new RollBack();
        },
        { timeout: 110_000, maxWait: 10_000, isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
      )
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
    // Full pages and pages past the end were compared for every viewer.
    expect(compared).toHaveLength(4 * 5);
    expect(compared.filter((entry) => entry.endsWith(":20")).length).toBeGreaterThanOrEqual(4 * 3);
    expect(compared.filter((entry) => entry.endsWith(":0"))).toHaveLength(4);
  });
});
