// Kosmopolit's HTTP server: the Next.js request handler and the chat's Socket.IO server on one
// Node HTTP server, on the embedded PostgreSQL when DATABASE_URL is not set. Run with
// `npm start` (production) or `npm run dev` (both load scripts/server-runtime.mjs first).
import { existsSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import path from "node:path";
import next from "next";
import { defaultDataDir, prepareDatabase } from "./lib/db/bootstrap";
import { disconnectPrisma, getPrisma } from "./lib/db/client";
import { applyMigrations } from "./lib/db/migrate";
import { attachRealtime } from "./lib/realtime/server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "./prisma/seed/demo";

const dev = process.env.NODE_ENV !== "production";
const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.log(`[kosmopolit] ${line}`);

/** Only the server decides which address a request came from; a client-sent header is overwritten. */
export const CLIENT_IP_HEADER = "x-kosmopolit-client-ip";
function clientIp(req: IncomingMessage) {
  const forwarded = process.env.TRUST_PROXY === "1" ? String(req.headers["x-forwarded-for"] ?? "").split(",")[0]?.trim() : "";
  return forwarded || req.socket.remoteAddress || "unknown";
}

async function main() {
  const database = await prepareDatabase({ log: process.env.DEBUG_POSTGRES ? log : undefined });
  process.env.DATABASE_URL = database.url;
  if (!process.env.AUTH_SECRET) {
    if (!database.embedded) throw new Error("AUTH_SECRET must be set when DATABASE_URL is (e.g. `openssl rand -base64 32`).");
    process.env.AUTH_SECRET = database.embedded.authSecret;
  }

  const applied = await applyMigrations(database.url);
  if (applied.length) log(`applied migrations: ${applied.join(", ")}`);

  if (database.embedded) {
    const seededMarker = path.join(defaultDataDir(), "seeded");
    if (!existsSync(seededMarker)) {
      log("loading demo data (first start)…");
      await seedDemoData(getPrisma());
      writeFileSync(seededMarker, new Date().toISOString());
    }
    log(`demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((account) => account.email).join(", ")}`);
  }

  const app = next({ dev, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    req.headers[CLIENT_IP_HEADER] = clientIp(req);
    void handle(req, res);
  });
  const realtime = await attachRealtime(server, { redisUrl: process.env.REDIS_URL });
  if (process.env.REDIS_URL) log("chat rooms shared through Redis");
  server.listen(port, process.env.HOST, () => log(`ready on http://localhost:${port} (${dev ? "development" : "production"})`));

  const shutdown = async (signal: string) => {
    log(`${signal}: shutting down`);
    await realtime.close();
    await globalThis.kosmopolitJobs?.stop({ graceful: false, wait: true });
    await disconnectPrisma();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("[kosmopolit] failed to start:", error);
  process.exit(1);
});
