// What the benchmarks share: statistics, the secondary indexes a plan used, and the table
// printed both for the terminal and as Markdown for results.md.

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;

/** Index names without primary and unique keys, sorted, or "–". */
export const secondaryIndexes = (indexes: Iterable<string>) => [...indexes].filter((index) => !index.endsWith("_pkey") && !index.endsWith("_key")).sort().join(", ") || "–";

export function printTable(rows: Record<string, unknown>[]) {
  console.table(rows);
  console.log("\nMarkdown:\n");
  console.log(`| ${Object.keys(rows[0]!).join(" | ")} |\n|${Object.keys(rows[0]!).map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${Object.values(row).join(" | ")} |`);
}
