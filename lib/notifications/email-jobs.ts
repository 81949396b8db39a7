import "server-only";
import { getPrisma } from "@/lib/db/client";
import { deliver } from "./mailer";

// Sending the outbox. Each email is one job of the queue "email-send" (lib/jobs/queue.ts),
// queued as soon as its row is committed (the database NOTIFYs kosmopolit_email; the job
// processes LISTEN) and by a sweep for any row no process heard about. A worker first claims
// the row for a while, so two workers — even with two jobs for one email — never both send it;
// a sent email is never sent again. A failure is recorded on the row and thrown, so that the
// queue retries with back-off; after the last attempt the row is marked FAILED and logged.

export const EMAIL_MAX_ATTEMPTS = 6;
const CLAIM_SECONDS = 120;

/** Sends the email with this id if it is still due; returns what happened. */
export async function sendQueuedEmail(deliveryId: string): Promise<"sent" | "skipped"> {
  const db = getPrisma();
  const claimed = await db.$queryRaw<{ id: string; attempts: number }[]>`
    UPDATE "EmailDelivery" SET "attempts" = "attempts" + 1, "claimedUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${CLAIM_SECONDS})
    WHERE "id" = ${deliveryId} AND "status" = 'PENDING' AND ("claimedUntil" IS NULL OR "claimedUntil" < (now() AT TIME ZONE 'UTC'))
    RETURNING "id", "attempts"`;
  const claim = claimed[0];
  if (!claim) return "skipped";
  const email = await db.emailDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
  try {
    await deliver(email);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const givingUp = claim.attempts >= EMAIL_MAX_ATTEMPTS;
    await db.emailDelivery.update({ where: { id: deliveryId }, data: { lastError: message.slice(0, 1000), claimedUntil: null, ...(givingUp ? { status: "FAILED" } : {}) } });
    if (givingUp) console.error(`[email] gave up on ${deliveryId} to ${email.toAddress} after ${claim.attempts} attempts: ${message}`);
    else console.warn(`[email] attempt ${claim.attempts} for ${deliveryId} failed, will retry: ${message}`);
    throw error;
  }
  await db.emailDelivery.update({ where: { id: deliveryId }, data: { status: "SENT", sentAt: new Date(), claimedUntil: null, lastError: null } });
  return "sent";
}

/** Emails never tried that are older than a minute: their NOTIFY went unheard (no listener then). */
export async function unheardEmails(): Promise<string[]> {
  const rows = await getPrisma().emailDelivery.findMany({
    where: { status: "PENDING", attempts: 0, createdAt: { lt: new Date(Date.now() - 60_000) } },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
