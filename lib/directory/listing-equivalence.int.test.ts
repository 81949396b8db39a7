import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/profiles/visibility-sql";
import { BENCH_VIEWER, benchDataSql } from "@/bench/directory-data";
import { generalSearchSql } from "@/tests/directory-reference/search-sql";
import { textHitsSql, textMode as referenceTextMode, textSearchSettings as referenceSettings, type TextHitRow } from "@/tests/directory-reference/text-sql";
import { directoryQuerySchema, type DirectoryQuery } from "./schema";
import { searchSql, textMode, textSearchSettings } from "./search-sql";
import type { SearchRow } from "./sql-parts";

// The directory reads the DirectoryListing table, which triggers keep in step with the tables a
// profile is made of. On the benchmark's synthetic members, plus the kinds of people it lacks, it
// must answer exactly what the search straight from those tables answered (kept in
// tests/directory-reference), for viewers in different positions and every kind of filter:
// totals, pages in order and facet counts. The data is loaded inside a transaction that is
// rolled back; REPEATABLE READ keeps other tests' commits out of the comparison.

class RollBack extends Error {}
const MEMBERS = 3000;
type Tx = Prisma.TransactionClient;

async function reference(tx: Tx, query: DirectoryQuery, viewer: Viewer): Promise<SearchRow> {
  let text = null;
  if (query.q && referenceTextMode(query) === "index") {
    for (const setting of referenceSettings()) await tx.$executeRaw(setting);
    const rows = await tx.$queryRaw<TextHitRow[]>(textHitsSql(query.q));
    await tx.$executeRaw`SET LOCAL enable_seqscan = on`;
    if (!rows.length) return { total: 0, items: [], country: {}, language: {}, sector: {} };
    text = { ids: rows.map((row) => row.id), about: rows.map((row) => row.about), company: rows.map((row) => row.company) };
  }
  return (await tx.$queryRaw<SearchRow[]>(generalSearchSql(query, viewer, text)))[0]!;
}

async function listing(tx: Tx, query: DirectoryQuery, viewer: Viewer): Promise<SearchRow> {
  if (textMode(query) === "index") for (const setting of textSearchSettings()) await tx.$executeRaw(setting);
  const [row] = await tx.$queryRaw<SearchRow[]>(searchSql(query, viewer));
  for (const setting of ["enable_seqscan", "enable_indexonlyscan", "max_parallel_workers_per_gather"]) await tx.$executeRawUnsafe(`RESET ${setting}`);
  return row!;
}

/** A person's languages and countries in the order of their codes (the service sorts them for display anyway). */
const byCode = (row: SearchRow): SearchRow => ({
  ...row,
  items: row.items.map((item) => ({
    ...item,
    languages: [...item.languages].sort((a, b) => a.code.localeCompare(b.code)),
    countries: [...item.countries].sort((a, b) => a.code.localeCompare(b.code)),
  })),
});

const searches: Record<string, string>[] = [
  {},
  { page: "2" },
  { page: "40" },
  { country: "VN" },
  { country: "VN", relation: "born" },
  { country: "SY", relation: "has_contacts", page: "2" },
  { relation: "worked" },
  { relation: "exports_to", page: "3" },
  { language: "ar" },
  { language: "vi", minLevel: "fluent" },
  { minLevel: "native" },
  { minLevel: "professional", page: "5" },
  { sector: "G" },
  { sector: "I", exporting: "true" },
  { exporting: "false", open: "true" },
  { open: "false", page: "7" },
  { network: "bench-7" },
  { network: "bench-2", country: "TR" },
  { network: "bench-101" },
  { network: "no-such-network" },
  { q: "Aleppo" },
  { q: "Nguyn" },
  { q: "Saigon Spce" },
  { q: "Spice Import" },
  { q: "Tesfamariam", sector: "G" },
  { q: "Alepo", country: "SY", language: "ar" },
  { q: "Mumbai Tech", network: "bench-3" },
  { q: "xyzzyqwv" },
  // Words every bio holds, a word beside a typo, a short word, text that is not ASCII (no word proves a match).
  { q: "Sweden", page: "3" },
  { q: "born aleppo" },
  { q: "in", sector: "G" },
  { q: "Saigon Spce", exporting: "true" },
  { q: "Göteborg Kabul" },
  { q: "Kabul-Herat!" },
  { country: "SY", language: "ar", minLevel: "fluent", sector: "G", exporting: "true", q: "Alepo" },
];

describe("the directory listing", () => {
  it("answers what the search over the profile tables answers", { timeout: 240_000 }, async () => {
    let compared = 0;
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
          await tx.$executeRawUnsafe(`DELETE FROM "Company" WHERE "ownerId" IN ('bench-user-01107', 'bench-user-01208')`);
          // A network archived after its members joined, and one whose members share a name.
          await tx.$executeRawUnsafe(`UPDATE "Network" SET "status" = 'ARCHIVED' WHERE "id" = 'bench-net-9'`);
          await tx.$executeRawUnsafe(`UPDATE "User" SET "name" = 'Amina Santos' WHERE "id" IN ('bench-user-01309', 'bench-user-01410')`);

          const [hidden] = await tx.$queryRaw<{ id: string }[]>`
            SELECT "userId" AS id FROM "Profile" WHERE "aboutVisibility" = 'NETWORK' AND "companyVisibility" = 'NETWORK' ORDER BY "userId" LIMIT 1`;
          // An organiser; a member of another network; someone whose own sections are NETWORK; a facilitator; a member of
          // the archived network only; a visitor.
          const viewers: Viewer[] = [
            ...[BENCH_VIEWER, "bench-user-00002", hidden!.id, "bench-user-00704"].map((id) => ({ id, isNetworkMember: true })),
            { id: "bench-user-00850", isNetworkMember: false },
            { id: null, isNetworkMember: false },
          ];
          for (const viewer of viewers) {
            for (const input of searches) {
              const query = directoryQuerySchema.parse(input);
              const expected = await reference(tx, query, viewer);
              expect(byCode(await listing(tx, query, viewer)), `${viewer.id} ${JSON.stringify(input)}`).toEqual(byCode(expected));
              compared += expected.items.length > 0 ? 1 : 0;
            }
          }
          throw new RollBack();
        },
        { timeout: 230_000, maxWait: 10_000, isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
      )
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
    // Most searches found people (the comparison is not one of empty answers).
    expect(compared).toBeGreaterThan(100);
  });
});
