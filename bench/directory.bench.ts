// `npm run bench:directory`: the member directory on 15,000 synthetic members (100 networks)
// on a fresh embedded PostgreSQL in .data/bench-directory. For each typical query it prints
// the database time (EXPLAIN ANALYZE execution time of the search statement), its planning
// time, the wall time of searchMembers (viewer lookup, statements, page details) and the
// indexes the plans used. Never part of the test suite.
// Usage: npm run bench:directory [-- --iterations 50] [-- --plans]
import { rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Prisma } from "@/generated/prisma/client";
import { ensureDatabase } from "@/lib/db/bootstrap";
import { disconnectPrisma, getPrisma } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { BENCH_MEMBERS, BENCH_VIEWER, benchDataSql } from "./directory-data";
import { median, p95, printTable, secondaryIndexes } from "./report";

const iterationsArg = process.argv.indexOf("--iterations");
const iterations = iterationsArg > 0 ? Number(process.argv[iterationsArg + 1]) : 30;
const showPlans = process.argv.includes("--plans");
const dataDir = path.resolve(".data/bench-directory");

rmSync(dataDir, { recursive: true, force: true });
const embedded = await startEmbeddedDatabase(dataDir);
await ensureDatabase(embedded.adminUrl, "kosmopolit_bench_directory");
process.env.DATABASE_URL = embedded.urlFor("kosmopolit_bench_directory");
await applyMigrations(process.env.DATABASE_URL);

const db = getPrisma();
const loadStart = performance.now();
// One transaction: the temporary tables of the generator live on one connection.
await db.$transaction(async (tx) => {
  for (const statement of benchDataSql()) await tx.$executeRawUnsafe(statement);
}, { timeout: 300_000 });
// What autovacuum would soon do: empty the GIN indexes' pending lists and set the visibility map.
await db.$executeRawUnsafe("VACUUM ANALYZE");
console.log(`loaded ${BENCH_MEMBERS} synthetic members in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);

// Imported once DATABASE_URL is set; the npm script runs Node with the `react-server` condition.
const { searchMembers } = await import("@/lib/directory/service");
const { searchSql, textMode, textSearchSettings } = await import("@/lib/directory/search-sql");
const { directoryQuerySchema } = await import("@/lib/directory/schema");
const { viewerFor } = await import("@/lib/profiles/visibility-sql");
const viewer = await viewerFor(BENCH_VIEWER);

const cases: [string, Record<string, string>][] = [
  ["no filters", {}],
  ["country=VN", { country: "VN" }],
  ["country=VN, page 10", { country: "VN", page: "10" }],
  ["country=VN relation=BORN", { country: "VN", relation: "BORN" }],
  ["country=VN language=vi minLevel=fluent", { country: "VN", language: "vi", minLevel: "fluent" }],
  ["language=ar minLevel=native", { language: "ar", minLevel: "native" }],
  ["sector=G exporting=true", { sector: "G", exporting: "true" }],
  ["network=bench-7 open=true", { network: "bench-7", open: "true" }],
  ["q=Nguyn (typo)", { q: "Nguyn" }],
  ["q=Saigon Spce (typo)", { q: "Saigon Spce" }],
  ["q=Aleppo", { q: "Aleppo" }],
  ["combined: SY+ar fluent+G+exporting+q=Alepo", { country: "SY", language: "ar", minLevel: "fluent", sector: "G", exporting: "true", q: "Alepo" }],
];

type PlanNode = { "Index Name"?: string; Plans?: PlanNode[] };
const indexesOf = (node: PlanNode, found = new Set<string>()): Set<string> => {
  if (node["Index Name"]) found.add(node["Index Name"]);
  for (const child of node.Plans ?? []) indexesOf(child, found);
  return found;
};

type Explained = { "QUERY PLAN": [{ "Execution Time": number; "Planning Time": number; Plan: PlanNode }] }[];

/** The search statement as the service runs it (with the free-text settings when it has them), explained. */
async function explained<T>(input: Record<string, string>, options: string): Promise<T> {
  const query = directoryQuerySchema.parse(input);
  const explain = db.$queryRaw<T>(Prisma.sql`EXPLAIN (${Prisma.raw(options)}) ${searchSql(query, viewer)}`);
  return textMode(query) === "index" ? ((await db.$transaction([...textSearchSettings().map((sql) => db.$executeRaw(sql)), explain])).at(-1) as T) : await explain;
}

async function explainSearch(input: Record<string, string>) {
  const plan = (await explained<Explained>(input, "ANALYZE, TIMING OFF, FORMAT JSON"))[0]!["QUERY PLAN"][0];
  return { time: plan["Execution Time"], planning: plan["Planning Time"], indexes: indexesOf(plan.Plan) };
}

const rows = [];
for (const [name, input] of cases) {
  const dbTimes: number[] = [];
  const planningTimes: number[] = [];
  let indexes = new Set<string>();
  if (showPlans) {
    const plan = await explained<{ "QUERY PLAN": string }[]>(input, "ANALYZE, BUFFERS, FORMAT TEXT");
    console.log(`\n--- ${name}\n${plan.map((line) => line["QUERY PLAN"]).join("\n")}`);
  }
  for (let run = 0; run < iterations + 3; run++) {
    const measured = await explainSearch(input);
    if (run >= 3) {
      dbTimes.push(measured.time);
      planningTimes.push(measured.planning);
    }
    indexes = measured.indexes;
  }
  const wallTimes: number[] = [];
  let total = 0;
  for (let run = 0; run < iterations + 3; run++) {
    const start = performance.now();
    const result = await searchMembers({ actorId: BENCH_VIEWER, ...input });
    if (run >= 3) wallTimes.push(performance.now() - start);
    total = result.total;
  }
  rows.push({
    case: name,
    matches: total,
    "db ms (median)": median(dbTimes).toFixed(2),
    "db ms (p95)": p95(dbTimes).toFixed(2),
    "planning ms (median)": median(planningTimes).toFixed(2),
    "wall ms (median)": median(wallTimes).toFixed(2),
    "wall ms (p95)": p95(wallTimes).toFixed(2),
    indexes: secondaryIndexes(indexes),
  });
}
printTable(rows);

await disconnectPrisma();
await embedded.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
