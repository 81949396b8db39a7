// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { prepareDatabase } from "../lib/db/bootstrap";
import { applyMigrations } from "../lib/db/migrate";

const database = await prepareDatabase();
const applied = await applyMigrations(database.url);
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Nothing to apply: the database is up to date.");
await database.embedded?.stop();
