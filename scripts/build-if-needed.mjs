// Part of `npm start`: builds the app when there is no build or the sources changed since
// the last one (SKIP_BUILD=1 skips the check). The server then runs in its own process.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const buildId = path.join(root, ".next/BUILD_ID");
const sources = ["app", "components", "lib", "i18n", "messages", "proxy.ts", "next.config.ts", "package-lock.json", "prisma/schema.prisma"];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (process.env.SKIP_BUILD !== "1" && sources.some((source) => newestMtime(path.join(root, source)) > builtAt)) {
  console.log("[kosmopolit] building the app (first start or sources changed)…");
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit" });
  process.exit(build.status ?? 1);
}
