import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "./embedded";

const dataDir = path.resolve(`.data/embedded-test-${process.pid}`);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function startHolder(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/hold-embedded-database.ts", dataDir], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve(child.pid!));
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

/** Running, and not a zombie waiting to be reaped by init. */
const isAlive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

describe("embedded PostgreSQL", () => {
  it("recovers after its Node process was killed with SIGKILL, keeping the data", { timeout: 90_000 }, async () => {
    const holder = await startHolder();
    const postmaster = Number(readFileSync(path.join(dataDir, "pg/postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(holder, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(isAlive(postmaster)).toBe(true); // the orphaned server is still running

    const database = await startEmbeddedDatabase(dataDir);
    try {
      expect(database.created).toBe(false);
      const client = new pg.Client({ connectionString: database.urlFor("survivor") });
      await client.connect();
      const { rows } = await client.query("SELECT note FROM marks");
      await client.end();
      expect(rows).toEqual([{ note: "written before SIGKILL" }]);
      expect(isAlive(postmaster)).toBe(false); // replaced by a fresh server
    } finally {
      await database.stop();
    }
    expect(existsSync(path.join(dataDir, "owner.pid"))).toBe(false);
  });
});
