import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import PgBoss from "pg-boss";
import { purgeExpiredRateLimits } from "@/lib/auth/rate-limit";
import { sendDueReminders } from "@/lib/events/reminders";
import { pruneKnowledgeWords } from "@/lib/knowledge/lexicon";
import { queueWeeklyDigests } from "@/lib/notifications/digest";
import { EMAIL_MAX_ATTEMPTS, sendQueuedEmail, unheardEmails } from "@/lib/notifications/email-jobs";

// Scheduled work in pg-boss on the application's PostgreSQL (schema "pgboss"): the cron
// schedules are shared by every app process, each tick becomes one job, and each job is
// fetched by exactly one worker — nothing lives in a process's memory or timers, so a
// restart loses nothing and two processes never both do the same tick.

export const JOBS = {
  eventReminders: { name: "event-reminders", cron: "*/10 * * * *", run: () => sendDueReminders() },
  purgeRateLimits: { name: "purge-rate-limits", cron: "17 3 * * *", run: () => purgeExpiredRateLimits() },
  emailSweep: { name: "email-sweep", cron: "* * * * *", run: async (boss: PgBoss) => enqueueEmails(boss, await unheardEmails()) },
  // Monday morning, Stockholm time: the week's digest for everyone who has it on.
  weeklyDigest: { name: "weekly-digest", cron: "0 7 * * 1", run: () => queueWeeklyDigests() },
  // The search's lexicon only grows between runs (see lib/knowledge/lexicon.ts).
  pruneKnowledgeWords: { name: "prune-knowledge-words", cron: "43 3 * * *", run: () => pruneKnowledgeWords() },
} as const;

/** One job per outbox email, retried with back-off (30 s, 1, 2, 4, 8 minutes by default). */
export const EMAIL_QUEUE = "email-send";

export interface JobQueueOptions {
  /** Register the cron schedules (any process may; pg-boss keeps one copy). */
  schedule?: boolean;
  /** Fetch and run jobs in this process. */
  work?: boolean;
  /** First retry delay of a failed email (doubling each time); tests shorten it. */
  emailRetryDelaySeconds?: number;
}

/** A job id derived from the email's id: queueing one email twice creates one job. */
const jobIdOf = (deliveryId: string) => {
  const hex = createHash("sha256").update(`email:${deliveryId}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

async function enqueueEmails(boss: PgBoss, ids: string[]) {
  for (const id of ids) await boss.send(EMAIL_QUEUE, { deliveryId: id }, { id: jobIdOf(id) });
}

/** Hears each new outbox row as its transaction commits and queues it at once. */
async function listenForEmails(boss: PgBoss, connectionString: string) {
  const client = new pg.Client({ connectionString });
  client.on("error", (error) => console.error("[jobs] email listener:", error.message));
  await client.connect();
  client.on("notification", (message) => {
    if (message.channel === "kosmopolit_email" && message.payload) enqueueEmails(boss, [message.payload]).catch((error: unknown) => console.error("[jobs] queueing an email:", error));
  });
  await client.query("LISTEN kosmopolit_email");
  return client;
}

export async function startJobQueue(connectionString: string, { schedule = true, work = true, emailRetryDelaySeconds = 30 }: JobQueueOptions = {}) {
  const boss = new PgBoss({ connectionString, schedule, max: 3 });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  for (const job of Object.values(JOBS)) {
    await boss.createQueue(job.name, { name: job.name, retryLimit: 3, retryBackoff: true, expireInSeconds: 300 });
    if (schedule) await boss.schedule(job.name, job.cron, {}, { tz: "Europe/Stockholm" });
    if (work) await boss.work(job.name, { pollingIntervalSeconds: 5 }, async () => void (await job.run(boss)));
  }
  await boss.createQueue(EMAIL_QUEUE, { name: EMAIL_QUEUE, retryLimit: EMAIL_MAX_ATTEMPTS - 1, retryDelay: emailRetryDelaySeconds, retryBackoff: true, expireInSeconds: 120 });
  if (work) {
    await boss.work<{ deliveryId: string }>(EMAIL_QUEUE, { pollingIntervalSeconds: 2 }, async ([job]) => void (job && (await sendQueuedEmail(job.data.deliveryId))));
    const listener = await listenForEmails(boss, connectionString);
    boss.on("stopped", () => void listener.end());
  }
  return boss;
}
