// Child process for lib/events/reminders.int.test.ts: one app process's job workers, as
// instrumentation.ts starts them (without the cron schedules). Run with
//   node --conditions=react-server --import tsx tests/reminder-worker.ts <seconds>
// on DATABASE_URL; prints "ready" once working, stops on SIGTERM or after <seconds>.
import { disconnectPrisma } from "../lib/db/client";
import { startJobQueue } from "../lib/jobs/queue";

const seconds = Number(process.argv[2] ?? 60);
const boss = await startJobQueue(process.env.DATABASE_URL!, { schedule: false, work: true });
console.log("ready");

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await boss.stop({ graceful: false, wait: true });
  await disconnectPrisma();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
setTimeout(() => void stop(), seconds * 1000);
