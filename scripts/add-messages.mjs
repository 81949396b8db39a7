// Adds messages to messages/{en,sv,ar}.json from one file shaped
// { "en": { "namespace": { "key": "…" } }, "sv": {…}, "ar": {…} }, deep-merging and keeping
// the files' formatting. A lock folder makes concurrent runs safe.
// Usage: node scripts/add-messages.mjs path/to/additions.json
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const additions = JSON.parse(readFileSync(process.argv[2], "utf8"));
const lock = path.join(root, "messages/.lock");

const merge = (target, source) => {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === "object" && !Array.isArray(value)) target[key] = merge(target[key] ?? {}, value);
    else target[key] = value;
  }
  return target;
};

for (let attempt = 0; ; attempt++) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (attempt > 200) throw new Error(`${lock} is held; remove it if no run is in progress`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
try {
  for (const locale of ["en", "sv", "ar"]) {
    if (!additions[locale]) throw new Error(`missing "${locale}" in ${process.argv[2]}`);
    const file = path.join(root, "messages", `${locale}.json`);
    const merged = merge(JSON.parse(readFileSync(file, "utf8")), additions[locale]);
    writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  }
} finally {
  rmdirSync(lock);
}
console.log("messages merged");
