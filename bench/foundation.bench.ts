// `npm run bench`: latency of the foundation's hot paths on the demo data (523 people,
// 5 networks), on a fresh embedded PostgreSQL in .data/bench. Prints a table; never part
// of the test suite. Usage: npm run bench [-- --iterations 200]
import { rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ensureDatabase } from "@/lib/db/bootstrap";
import { disconnectPrisma, getPrisma } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { DEMO_PASSWORD, seedDemoData } from "@/prisma/seed/demo";

const iterationsArg = process.argv.indexOf("--iterations");
const iterations = iterationsArg > 0 ? Number(process.argv[iterationsArg + 1]) : 100;
const dataDir = path.resolve(".data/bench");

rmSync(dataDir, { recursive: true, force: true });
const embedded = await startEmbeddedDatabase(dataDir);
await ensureDatabase(embedded.adminUrl, "kosmopolit_bench");
process.env.DATABASE_URL = embedded.urlFor("kosmopolit_bench");
await applyMigrations(process.env.DATABASE_URL);
await seedDemoData(getPrisma());

// Services are imported once DATABASE_URL is set. The npm script runs Node with the
// `react-server` condition, under which `server-only` is the empty module it is in Next.
const { listPublicNetworks, getNetworkPage } = await import("@/lib/networks/queries");
const { listMembers } = await import("@/lib/networks/members");
const { authenticate } = await import("@/lib/auth/service");
const organiser = await getPrisma().user.findUniqueOrThrow({ where: { email: "organiser@kosmopolit.test" }, select: { id: true } });

const cases: [string, () => Promise<unknown>][] = [
  ["listPublicNetworks", () => listPublicNetworks()],
  ["getNetworkPage (visitor)", () => getNetworkPage({ slug: "stockholm", actorId: null })],
  ["getNetworkPage (organiser)", () => getNetworkPage({ slug: "ovre-norrland", actorId: organiser.id })],
  ["listMembers page 1", () => listMembers({ actorId: organiser.id, slug: "ovre-norrland" })],
  ["authenticate (argon2id)", () => authenticate({ email: "member@kosmopolit.test", password: DEMO_PASSWORD }, "10.0.0.1")],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const rows = [];
for (const [name, run] of cases) {
  for (let warm = 0; warm < 5; warm++) await run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  rows.push({ case: name, iterations, "mean ms": mean.toFixed(2), "p50 ms": percentile(samples, 50).toFixed(2), "p95 ms": percentile(samples, 95).toFixed(2), "max ms": samples.at(-1)!.toFixed(2) });
}
console.table(rows);

const { closeSignInLimiters } = await import("@/lib/auth/rate-limit");
await closeSignInLimiters();
await disconnectPrisma();
await embedded.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
