import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { canSeeEvent, isParticipantRole, rsvpOutcome, rsvpRefusal } from "./rules";
import { rsvpSchema } from "./schema";
import { countGoing, lockEvent, promoteFromWaitlist } from "./waitlist";
import { resyncChannels } from "@/lib/realtime/publish";

/**
 * A member answers going, interested or declined. Going to a full event joins the waitlist;
 * leaving a seat (or the waitlist) frees it for the first person waiting, who is told.
 * Returns where the person now stands.
 */
export async function respondToEvent({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const { eventId, status: choice } = parseInput(rsvpSchema, input);
  const outcome = await getPrisma().$transaction(async (tx) => {
    if (!(await lockEvent(tx, eventId))) throw new AppError("NOT_FOUND", "eventNotFound");
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { id: true, title: true, capacity: true, status: true, startsAt: true, rsvpDeadline: true, visibility: true, networkId: true, network: { select: { status: true } } } });
    if (event.network.status === "ARCHIVED") throw new AppError("NOT_FOUND", "eventNotFound");
    const membership = await tx.membership.findUnique({ where: { userId_networkId: { userId: actorId, networkId: event.networkId } }, select: { role: true } });
    if (!canSeeEvent(event, membership?.role)) throw new AppError("NOT_FOUND", "eventNotFound");
    // Public events are announced to everyone, but seats are for the network's people.
    if (!isParticipantRole(membership?.role)) throw new AppError("FORBIDDEN", "eventMembersOnly");
    const refusal = rsvpRefusal(choice, event, new Date());
    if (refusal) throw new AppError("CONFLICT", refusal);

    const current = await tx.rsvp.findUnique({ where: { eventId_userId: { eventId, userId: actorId } }, select: { status: true } });
    const status = rsvpOutcome(choice, current?.status ?? null, event.capacity, await countGoing(tx, eventId));
    const waitlistedAt = status === "WAITLISTED" ? (current?.status === "WAITLISTED" ? undefined : new Date()) : null;
    await tx.rsvp.upsert({
      where: { eventId_userId: { eventId, userId: actorId } },
      create: { eventId, userId: actorId, status, waitlistedAt: waitlistedAt ?? null },
      update: { status, ...(waitlistedAt === undefined ? {} : { waitlistedAt }) },
    });
    if (current?.status === "GOING" && status !== "GOING") await promoteFromWaitlist(tx, event);
    return status;
  });
  // The event's chat is for those going or waiting for a seat (promotion changes neither).
  await resyncChannels([actorId]);
  return outcome;
}
