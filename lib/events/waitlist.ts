import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { notify } from "@/lib/notifications/service";
import { seatsToFill } from "./rules";

type Tx = Prisma.TransactionClient;

/**
 * Locks the event row for the rest of the transaction: every change to who is going runs
 * one at a time per event, so two people taking the last seat at once cannot both get it.
 */
export async function lockEvent(tx: Tx, eventId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
  return rows.length > 0;
}

export const countGoing = (tx: Tx, eventId: string) => tx.rsvp.count({ where: { eventId, status: "GOING" } });

/** Moves people up from the waitlist, first come first served, while seats are free; tells each. Call with the event locked. */
export async function promoteFromWaitlist(tx: Tx, event: { id: string; title: string; capacity: number | null }) {
  const going = await countGoing(tx, event.id);
  const waiting = await tx.rsvp.count({ where: { eventId: event.id, status: "WAITLISTED" } });
  const seats = seatsToFill(event.capacity, going, waiting);
  if (seats === 0) return [];
  const promoted = await tx.rsvp.findMany({
    where: { eventId: event.id, status: "WAITLISTED" },
    orderBy: [{ waitlistedAt: "asc" }, { createdAt: "asc" }],
    take: seats,
    select: { userId: true },
  });
  const userIds = promoted.map((row) => row.userId);
  await tx.rsvp.updateMany({ where: { eventId: event.id, userId: { in: userIds } }, data: { status: "GOING", waitlistedAt: null } });
  for (const userId of userIds) await notify(tx, userId, "event.promoted", { eventId: event.id, title: event.title });
  return userIds;
}
