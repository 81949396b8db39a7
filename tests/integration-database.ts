// Vitest global setup for integration tests: a fresh database `kosmopolit_test`, migrated,
// on TEST_DATABASE_URL's server or on an embedded PostgreSQL in .data/test — never the
// demo database in .data/dev.
import type { TestProject } from "vitest/node";
import { ensureDatabase } from "../lib/db/bootstrap";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";

export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.TEST_DATABASE_ADMIN_URL) {
    adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  } else {
    const embedded = await startEmbeddedDatabase(".data/test");
    adminUrl = embedded.adminUrl;
    stop = embedded.stop;
  }
  await ensureDatabase(adminUrl, "kosmopolit_test", { recreate: true });
  const url = new URL(adminUrl);
  url.pathname = "/kosmopolit_test";
  await applyMigrations(url.toString());
  project.provide("databaseUrl", url.toString());
  return stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
