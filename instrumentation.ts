// Runs once when a server process starts (Next.js instrumentation hook): starts the job
// queue's schedules and workers inside the server runtime, next to the services they call.
// KOSMOPOLIT_JOBS=off leaves a process without workers (e.g. one that only serves pages).

declare global {
  var kosmopolitJobs: { stop(options?: { graceful?: boolean; wait?: boolean }): Promise<void> } | undefined;
}

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.KOSMOPOLIT_JOBS === "off" || !process.env.DATABASE_URL) return;
  const { startJobQueue } = await import("./lib/jobs/queue");
  globalThis.kosmopolitJobs = await startJobQueue(process.env.DATABASE_URL);
}
