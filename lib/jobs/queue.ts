import "server-only";
import PgBoss from "pg-boss";
import { sendDueReminders } from "@/lib/events/reminders";
import { purgeExpiredRateLimits } from "@/lib/auth/rate-limit";
import { pruneKnowledgeWords } from "@/lib/knowledge/lexicon";

// Scheduled work in pg-boss on the application's PostgreSQL (schema "pgboss"): the cron
// schedules are shared by every app process, each tick becomes one job, and each job is
// fetched by exactly one worker — nothing lives in a process's memory or timers, so a
// restart loses nothing and two processes never both do the same tick.

export const JOBS = {
  eventReminders: { name: "event-reminders", cron: "*/10 * * * *", run: () => sendDueReminders() },
  purgeRateLimits: { name: "purge-rate-limits", cron: "17 3 * * *", run: () => purgeExpiredRateLimits() },
  // The search's lexicon only grows between runs (see lib/knowledge/lexicon.ts).
  pruneKnowledgeWords: { name: "prune-knowledge-words", cron: "43 3 * * *", run: () => pruneKnowledgeWords() },
} as const;

export interface JobQueueOptions {
  /** Register the cron schedules (any process may; pg-boss keeps one copy). */
  schedule?: boolean;
  /** Fetch and run jobs in this process. */
  work?: boolean;
}

export async function startJobQueue(connectionString: string, { schedule = true, work = true }: JobQueueOptions = {}) {
  const boss = new PgBoss({ connectionString, schedule, max: 3 });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  for (const job of Object.values(JOBS)) {
    await boss.createQueue(job.name, { name: job.name, retryLimit: 3, retryBackoff: true, expireInSeconds: 300 });
    if (schedule) await boss.schedule(job.name, job.cron, {}, { tz: "Europe/Stockholm" });
    if (work) await boss.work(job.name, { pollingIntervalSeconds: 5 }, async () => void (await job.run()));
  }
  return boss;
}
