import "server-only";
import { getPrisma } from "@/lib/db/client";
import { notifyMany } from "@/lib/notifications/service";

export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

/**
 * Reminds everyone going to an event that starts within the next 24 hours, once per event
 * (and again only if its start moves, which clears reminderSentAt). Safe when several
 * processes run it at once: the UPDATE … RETURNING claims each event for exactly one of them,
 * and the notification's dedupe key would stop a second copy anyway. Returns how many were sent.
 */
export async function sendDueReminders(now = new Date()): Promise<number> {
  return getPrisma().$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; title: string; startsAt: Date }[]>`
      UPDATE "Event" SET "reminderSentAt" = ${now}
      WHERE "status" = 'SCHEDULED' AND "reminderSentAt" IS NULL
        AND "startsAt" > ${now} AND "startsAt" <= ${new Date(now.getTime() + REMINDER_LEAD_MS)}
        AND EXISTS (SELECT 1 FROM "Network" n WHERE n."id" = "Event"."networkId" AND n."status" <> 'ARCHIVED')
      RETURNING "id", "title", "startsAt"`;
    let sent = 0;
    for (const event of due) {
      const going = await tx.rsvp.findMany({ where: { eventId: event.id, status: "GOING" }, select: { userId: true } });
      sent += await notifyMany(
        tx,
        going.map((row) => row.userId),
        "event.reminder",
        { eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString() },
        { dedupeKey: `event.reminder:${event.id}:${event.startsAt.toISOString()}` },
      );
    }
    return sent;
  });
}
