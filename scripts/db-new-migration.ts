// Usage: npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the
// schema of the last migration (prisma/migrations/schema.snapshot.prisma) to the current
// prisma/schema.prisma, then updates the snapshot. Add hand-written SQL (partial or GIN
// indexes, extensions) to the new file before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "../lib/db/bootstrap";
import { diffSchemas, migrationsDir, schemaPath } from "../lib/db/migrate";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Name the migration: npm run db:new-migration -- add_events");
  process.exit(2);
}
const snapshotPath = path.join(migrationsDir, "schema.snapshot.prisma");
const previous = existsSync(snapshotPath) ? readFileSync(snapshotPath, "utf8") : null;
const current = readFileSync(schemaPath, "utf8");
// The engine wants a live connection even to compare two schema files.
const database = await prepareDatabase();
const sql = await diffSchemas(database.url, previous, current);
await database.embedded?.stop();
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.log("schema.prisma matches the last migration: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
writeFileSync(snapshotPath, current);
if (!existsSync(path.join(migrationsDir, "migration_lock.toml"))) {
  writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
}
console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql`);
