// Vitest global setup for integration tests: a fresh, migrated database for this run only —
// on TEST_DATABASE_ADMIN_URL's server (database `kosmopolit_test_<pid>`) or on a new
// embedded cluster in .data/test-runs/<pid> — dropped afterwards. Two runs never disturb
// each other, and the demo database in .data/dev is never touched.
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { dropDatabase, ensureDatabase } from "../lib/db/bootstrap";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";

export default async function setup(project: TestProject) {
  const name = `kosmopolit_test_${process.pid}`;
  const external = process.env.TEST_DATABASE_ADMIN_URL;
  const dataDir = path.resolve(".data/test-runs", String(process.pid));
  const embedded = external ? null : await startEmbeddedDatabase(dataDir);
  const adminUrl = external ?? embedded!.adminUrl;

  await ensureDatabase(adminUrl, name, { recreate: true });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  project.provide("databaseUrl", url.toString());

  return async () => {
    if (embedded) {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    } else {
      await dropDatabase(adminUrl, name);
    }
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
