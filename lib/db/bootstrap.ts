import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

export interface PreparedDatabase {
  url: string;
  /** Present when running on the embedded default; absent with DATABASE_URL. */
  embedded?: EmbeddedDatabase;
}

export const defaultDataDir = () => path.resolve(process.env.KOSMOPOLIT_DATA_DIR ?? ".data/dev");

/**
 * Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL in the data folder
 * and makes sure `database` exists on it.
 */
export async function prepareDatabase(options: { database?: string; log?: (line: string) => void } = {}): Promise<PreparedDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const embedded = await startEmbeddedDatabase(defaultDataDir(), options.log);
  const database = options.database ?? "kosmopolit";
  await ensureDatabase(embedded.adminUrl, database);
  return { url: embedded.urlFor(database), embedded };
}

export async function ensureDatabase(adminUrl: string, database: string, { recreate = false } = {}) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const ident = `"${database.replace(/"/g, '""')}"`;
    if (recreate) await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`);
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${ident}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
