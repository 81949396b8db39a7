import { readdirSync, readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

// Prisma's CLI cannot fetch its native schema engine on machines without internet, so we
// drive the official WASM build of the same engine. It writes `_prisma_migrations` exactly
// like `prisma migrate deploy`, so either tool can manage a database.

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let engineModule: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as EngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  return bg;
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it at every ";" and sending the
 * pieces one by one: a function body ($$ … ; … $$) breaks, and a failing statement leaves
 * the migration half applied. Sent whole, the script is one simple-protocol query, which
 * PostgreSQL runs as one implicit transaction: all of a migration or none of it.
 */
export class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return adapter;
  }
}

async function openEngine(connectionString: string) {
  engineModule ??= loadEngineModule();
  const { SchemaEngine } = await engineModule;
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg({ connectionString }));
  const datamodel: [string, string] = [schemaPath, readFileSync(schemaPath, "utf8")];
  return SchemaEngine.new({ datamodels: [datamodel] }, () => {}, adapter);
}

export function readMigrationsList() {
  const directories = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

const noFilters = { externalTables: [], externalEnums: [] };
const MIGRATION_LOCK_KEY = 7_262_700_001;

/** Applies pending migrations; returns the names of those applied now. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  // Several processes may start at once: an advisory lock lets one migrate at a time;
  // the others then find nothing left to apply.
  const lock = new pg.Client({ connectionString });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    const engine = await openEngine(connectionString);
    try {
      const result = await engine.applyMigrations({ migrationsList: readMigrationsList(), filters: noFilters });
      return result.appliedMigrationNames;
    } finally {
      engine.free();
    }
  } finally {
    await lock.end(); // closing the session releases the lock
  }
}

/**
 * SQL that takes the schema `fromSchema` (null: an empty database) to `toSchema`.
 * Diffing against a live database is not possible with the WASM engine (it cannot read
 * PostgreSQL's internal `"char"` columns), so new migrations are made from the schema
 * snapshot kept beside the migrations; see scripts/db-new-migration.ts.
 */
export async function diffSchemas(connectionString: string, fromSchema: string | null, toSchema: string): Promise<string> {
  engineModule ??= loadEngineModule();
  const { SchemaEngine } = await engineModule;
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg({ connectionString }));
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, toSchema]] }, () => {}, adapter);
  const files = (content: string) => [{ path: schemaPath, content }];
  try {
    const result = await engine.diff({
      from: fromSchema === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: files(fromSchema) },
      to: { tag: "schemaDatamodel", files: files(toSchema) },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}
