// Runs the Prisma CLI offline. Every Prisma command first looks for a native schema
// engine and downloads one when it is missing; the download host is unreachable on
// these machines. `generate`, `validate` and `format` only need the variable to name an
// existing file (they use the bundled WASM), so we point it at Node itself.
// Migrations do not go through this CLI: see lib/db/migrate.ts.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
