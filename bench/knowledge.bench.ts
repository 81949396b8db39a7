// `npm run bench:knowledge`: the knowledge-bank search on 100,000 synthetic published items
// (20 networks) on a fresh embedded PostgreSQL in .data/bench-knowledge. For each typical
// search it prints the number of matches, the database time (EXPLAIN ANALYZE execution time
// of the statements the service runs: the search, and for a search that finds little the
// lexicon lookup and the search with corrections), the wall time of searchKnowledge (actor
// lookup, statements, highlights), the statements' planning time and the indexes used. Never part of
// the test suite.
// Usage: npm run bench:knowledge [-- --iterations 50] [--plans] [--items 10000]
// (--plans also prints each case's EXPLAIN (ANALYZE, BUFFERS) plan; --items loads fewer items
// for a quick try)
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Prisma } from "@/generated/prisma/client";
import { ensureDatabase } from "@/lib/db/bootstrap";
import { disconnectPrisma, getPrisma } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import type { SearchStatementRow } from "@/lib/knowledge/search-sql";
import { BENCH_ITEMS, BENCH_MEMBER, benchDataSql } from "./knowledge-data";
import { median, p95, printTable, secondaryIndexes } from "./report";

const iterationsArg = process.argv.indexOf("--iterations");
const iterations = iterationsArg > 0 ? Number(process.argv[iterationsArg + 1]) : 30;
const printPlans = process.argv.includes("--plans");
const itemsArg = process.argv.indexOf("--items");
const items = itemsArg > 0 ? Number(process.argv[itemsArg + 1]) : BENCH_ITEMS;
const dataDir = path.resolve(".data/bench-knowledge");

// Another run still using the folder would lose its database and share the machine: refuse.
const ownerFile = path.join(dataDir, "owner.pid");
const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8").trim()) : 0;
if (owner && owner !== process.pid) {
  try {
    process.kill(owner, 0);
    console.error(`${dataDir} is in use by process ${owner} (another bench:knowledge run?); try again when it has finished.`);
    process.exit(1);
  } catch {
    // A leftover of a run that was killed: start afresh.
  }
}
rmSync(dataDir, { recursive: true, force: true });
const embedded = await startEmbeddedDatabase(dataDir);
await ensureDatabase(embedded.adminUrl, "kosmopolit_bench_knowledge");
process.env.DATABASE_URL = embedded.urlFor("kosmopolit_bench_knowledge");
await applyMigrations(process.env.DATABASE_URL);

const db = getPrisma();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const loadStart = performance.now();
const steps = new Map<string, number>();
// One transaction: the temporary tables and function of the generator live on one connection.
await db.$transaction(async (tx) => {
  for (const { label, sql } of benchDataSql(items)) {
    const start = performance.now();
    await tx.$executeRawUnsafe(sql);
    steps.set(label, (steps.get(label) ?? 0) + performance.now() - start);
  }
}, { timeout: 3_600_000, maxWait: 60_000 });
// What autovacuum would soon do: empty the GIN indexes' pending lists and set the visibility map.
const vacuumStart = performance.now();
await db.$executeRawUnsafe("VACUUM ANALYZE");
steps.set("VACUUM ANALYZE", performance.now() - vacuumStart);
console.log(`loaded ${items} synthetic items in ${seconds(loadStart)} s (${[...steps].map(([label, ms]) => `${label} ${(ms / 1000).toFixed(1)} s`).join(", ")})`);

type Count = { key: string; n: bigint }[];
const shares = async (column: string) =>
  (await db.$queryRawUnsafe<Count>(`SELECT ${column}::text AS key, count(*) AS n FROM "KnowledgeItem" GROUP BY 1 ORDER BY 2 DESC`))
    .map(({ key, n }) => `${key} ${((Number(n) * 100) / items).toFixed(0)} %`)
    .join(", ");
const [size] = await db.$queryRawUnsafe<{ heap: string; toast: string; indexes: string }[]>(
  `SELECT pg_size_pretty(pg_relation_size(c.oid)) AS heap, pg_size_pretty(pg_relation_size(c.reltoastrelid)) AS toast, pg_size_pretty(pg_indexes_size(c.oid)) AS indexes
   FROM pg_class c WHERE c.oid = '"KnowledgeItem"'::regclass`,
);
console.log(`kind: ${await shares('"kind"')}; language: ${await shares('"language"')}; visibility: ${await shares('"visibility"')}`);
console.log(`"KnowledgeItem": heap ${size!.heap}, TOAST ${size!.toast}, indexes ${size!.indexes}`);

// Imported once DATABASE_URL is set; the npm script runs Node with the `react-server` condition.
const { correctionsFor, searchKnowledge } = await import("@/lib/knowledge/search");
const { CANDIDATE_CAP, searchSql } = await import("@/lib/knowledge/search-sql");
const { correctionSql } = await import("@/lib/knowledge/lexicon");
const { fuzzyTerms } = await import("@/lib/knowledge/search-words");
const { knowledgeQuerySchema } = await import("@/lib/knowledge/schema");

type Viewer = "member" | "visitor";
const cases: [string, Viewer, Record<string, string>][] = [
  ["rare+rare: q=Herat saffron", "member", { q: "Herat saffron" }],
  ["common+rare: q=customs Haiphong", "member", { q: "customs Haiphong" }],
  ["common+common: q=customs payment", "member", { q: "customs payment" }],
  ["common+common: q=customs payment, page 10", "member", { q: "customs payment", page: "10" }],
  ["common+common: q=customs payment (visitor)", "visitor", { q: "customs payment" }],
  ["Swedish pair: q=tull betalning", "member", { q: "tull betalning" }],
  ['phrase: q="letter of credit"', "member", { q: '"letter of credit"' }],
  ["exclusion: q=payment -Vietnam", "member", { q: "payment -Vietnam" }],
  ["one word: q=Vietnam", "member", { q: "Vietnam" }],
  ["one word: q=Vietnam (visitor)", "visitor", { q: "Vietnam" }],
  ["typo (trigram fallback): q=Vietnma", "member", { q: "Vietnma" }],
  ["typo (trigram fallback): q=custms Haipong", "member", { q: "custms Haipong" }],
  ["country=VN (no q)", "member", { country: "VN" }],
  ["country=VN (no q), page 10", "member", { country: "VN", page: "10" }],
  ["country=VN (no q) (visitor)", "visitor", { country: "VN" }],
  ["country=VN topic=payments q=bank transfer", "member", { country: "VN", topic: "payments", q: "bank transfer" }],
  ["type=question q=customs payment", "member", { type: "question", q: "customs payment" }],
  ["type=story (no q)", "member", { type: "story" }],
  ["no q, no filters (/knowledge)", "member", {}],
];

type PlanNode = { "Index Name"?: string; "Actual Loops"?: number; Plans?: PlanNode[] };
/** Indexes the execution used (a plan node that never ran, such as an unneeded trigram fallback, is left out). */
const indexesOf = (node: PlanNode, found = new Set<string>()): Set<string> => {
  if (node["Actual Loops"] === 0) return found;
  if (node["Index Name"]) found.add(node["Index Name"]);
  for (const child of node.Plans ?? []) indexesOf(child, found);
  return found;
};

type Explained = { "QUERY PLAN": [{ "Execution Time": number; "Planning Time": number; Plan: PlanNode }] }[];

/**
 * The statements the service runs for a search, as searchKnowledge decides them: the search;
 * when it finds little, also the lexicon lookup and the search with corrections.
 */
async function statementsOf(viewer: Viewer, input: Record<string, string>) {
  const query = knowledgeQuerySchema.parse(input);
  const first = searchSql(query, viewer === "member");
  const [row] = await db.$queryRaw<SearchStatementRow[]>(first);
  const corrections = await correctionsFor(query, Number(row!.found));
  if (!corrections) return { statements: [first], row: row! };
  const statements = [first, correctionSql(fuzzyTerms(query.q!)), searchSql(query, viewer === "member", corrections)];
  const [fuzzyRow] = await db.$queryRaw<SearchStatementRow[]>(statements[2]!);
  return { statements, row: fuzzyRow! };
}

/** The statements, explained: execution and planning times summed, indexes used. */
async function explainSearch(statements: Prisma.Sql[]) {
  let time = 0;
  let planning = 0;
  const indexes = new Set<string>();
  for (const statement of statements) {
    const result = await db.$queryRaw<Explained>(Prisma.sql`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${statement}`);
    const plan = result[0]!["QUERY PLAN"][0];
    time += plan["Execution Time"];
    planning += plan["Planning Time"];
    for (const index of indexesOf(plan.Plan)) indexes.add(index);
  }
  return { time, planning, indexes };
}

async function printPlan(name: string, statements: Prisma.Sql[]) {
  for (const statement of statements) {
    const lines = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`);
    console.log(`\n### ${name}\n\n${lines.map((line) => line["QUERY PLAN"]).join("\n")}`);
  }
}

/**
 * Runs `measure` `iterations` times after three warm-up runs (five times only if a warm-up run
 * took over a second); stops at the first failure.
 */
async function timed(measure: () => Promise<number>) {
  const times: number[] = [];
  let slowest = 0;
  let failure = "";
  try {
    for (let run = 0; run < 3; run++) slowest = Math.max(slowest, await measure());
    const runs = slowest > 1000 ? Math.min(iterations, 5) : iterations;
    for (let run = 0; run < runs; run++) times.push(await measure());
  } catch (error) {
    // Prisma ends a batch transaction after 5 s (P2028): the search then fails for the user.
    failure = error instanceof Error && "code" in error ? String(error.code) : String(error);
  }
  return { times, failure };
}

const rows = [];
for (const [name, viewer, input] of cases) {
  const { statements, row: result } = await statementsOf(viewer, input);
  let indexes = new Set<string>();
  const planning: number[] = [];
  const dbRuns = await timed(async () => {
    const explained = await explainSearch(statements);
    indexes = explained.indexes;
    planning.push(explained.planning);
    return explained.time;
  });
  const wallRuns = await timed(async () => {
    const start = performance.now();
    await searchKnowledge({ actorId: viewer === "member" ? BENCH_MEMBER : null, ...input });
    return performance.now() - start;
  });
  const stat = (runs: { times: number[]; failure: string }, statistic: (values: number[]) => number) =>
    (runs.times.length ? statistic(runs.times).toFixed(2) : "–") + (runs.failure ? ` (failed: ${runs.failure})` : "");
  if (printPlans) await printPlan(name, statements);
  rows.push({
    case: name + (dbRuns.times.length < iterations ? ` (${dbRuns.times.length} runs)` : ""),
    matches: `${Math.min(Number(result.found), CANDIDATE_CAP)}${Number(result.found) > CANDIDATE_CAP ? "+" : ""}${result.fuzzy_used ? " (similar)" : ""}`,
    "db ms (median)": stat(dbRuns, median),
    "db ms (p95)": stat(dbRuns, p95),
    "wall ms (median)": stat(wallRuns, median),
    "wall ms (p95)": stat(wallRuns, p95),
    "planning ms (median)": median(planning).toFixed(2),
    indexes: secondaryIndexes(indexes),
  });
}
printTable(rows);

await disconnectPrisma();
await embedded.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
