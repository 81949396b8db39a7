import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { networkWithRole } from "@/lib/networks/access";
import { recordStartupMeeting } from "@/lib/networks/lifecycle";
import { notifyMany } from "@/lib/notifications/service";
import { canManageEvents, canRecordAsHeld, isTrip } from "./rules";
import { eventRefSchema, eventSchema, tripSchema, type EventInput, type TripInput } from "./schema";
import { stockholmDay } from "./time";
import { lockEvent, promoteFromWaitlist } from "./waitlist";

type Tx = Prisma.TransactionClient;

/** The network by slug with the actor allowed to manage its events, or a refusal. */
async function managedNetwork(tx: Tx, slug: string, actorId: string) {
  const { network, role } = await networkWithRole(tx, slug, actorId);
  if (!canManageEvents(role, network.status)) throw new AppError("FORBIDDEN", "notEventManager");
  return network;
}

/** Itinerary days fall within the trip (Stockholm calendar days); leaders are people of the network; briefings are published knowledge. */
async function checkTrip(tx: Tx, networkId: string, trip: TripInput, event: EventInput) {
  const first = stockholmDay(event.startsAt);
  const last = stockholmDay(event.endsAt);
  const outside = trip.itinerary.flatMap((row, index) => (row.day < first || row.day > last ? [[`itinerary.${index}.day`, ["validation.dayOutsideTrip"]] as const] : []));
  if (outside.length > 0) throw new AppError("INVALID", "invalidInput", Object.fromEntries(outside.map(([key, value]) => [key, [...value]])));
  if (trip.leaderIds.length > 0) {
    const members = await tx.membership.count({ where: { networkId, userId: { in: trip.leaderIds } } });
    if (members !== trip.leaderIds.length) throw new AppError("INVALID", "invalidInput", { leaderIds: ["validation.leaderNotMember"] });
  }
  if (trip.briefingIds.length > 0) {
    const found = await tx.knowledgeItem.count({ where: { id: { in: trip.briefingIds }, status: "PUBLISHED", countries: { has: trip.country } } });
    if (found !== trip.briefingIds.length) throw new AppError("INVALID", "invalidInput", { briefingIds: ["validation.unknownBriefing"] });
  }
}

const eventColumns = (event: EventInput) => ({
  kind: event.kind,
  title: event.title,
  description: event.description,
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  place: event.place ?? null,
  onlineUrl: event.onlineUrl ?? null,
  capacity: event.capacity ?? null,
  rsvpDeadline: event.rsvpDeadline ?? null,
  visibility: event.visibility,
});

async function writeTrip(tx: Tx, eventId: string, trip: TripInput, replace: boolean) {
  const data = { country: trip.country, cities: trip.cities, costPerPerson: trip.costPerPerson ?? null, targetSectors: trip.targetSectors, briefingIds: trip.briefingIds };
  if (replace) {
    await tx.trip.upsert({ where: { eventId }, create: { eventId, ...data }, update: data });
    await Promise.all([tx.tripLeader.deleteMany({ where: { eventId } }), tx.tripItineraryItem.deleteMany({ where: { eventId } }), tx.tripChecklistItem.deleteMany({ where: { eventId } })]);
  } else await tx.trip.create({ data: { eventId, ...data } });
  await tx.tripLeader.createMany({ data: trip.leaderIds.map((userId) => ({ eventId, userId })) });
  await tx.tripItineraryItem.createMany({
    data: trip.itinerary.map((row, position) => ({ eventId, day: new Date(`${row.day}T00:00:00Z`), time: row.time ?? null, activity: row.activity, place: row.place ?? null, notes: row.notes ?? null, position })),
  });
  await tx.tripChecklistItem.createMany({ data: trip.checklist.map((row, position) => ({ eventId, label: row.label, done: row.done, position })) });
}

/** What participants of a trip care about, as comparable text: a save that changes none of it tells nobody. */
async function tripSnapshot(tx: Tx, eventId: string) {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      place: true,
      onlineUrl: true,
      capacity: true,
      rsvpDeadline: true,
      trip: {
        select: {
          country: true,
          cities: true,
          costPerPerson: true,
          targetSectors: true,
          briefingIds: true,
          leaders: { select: { userId: true }, orderBy: { userId: "asc" } },
          itinerary: { select: { day: true, time: true, activity: true, place: true, notes: true }, orderBy: { position: "asc" } },
          checklist: { select: { label: true, done: true }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  return JSON.stringify(event);
}

/** Parses an event and, for a business trip, its trip fields (field errors of both at once). */
function parseEvent(input: Record<string, unknown>): { event: EventInput; trip: TripInput | null } {
  const kind = input.kind;
  if (kind !== "BUSINESS_TRIP") return { event: parseInput(eventSchema, input), trip: null };
  let eventError: AppError | null = null;
  let event: EventInput | null = null;
  try {
    event = parseInput(eventSchema, input);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    eventError = error;
  }
  try {
    const trip = parseInput(tripSchema, input);
    if (eventError) throw eventError;
    return { event: event!, trip };
  } catch (error) {
    if (!(error instanceof AppError) || error === eventError) throw error;
    throw new AppError("INVALID", "invalidInput", { ...eventError?.fieldErrors, ...error.fieldErrors });
  }
}

/** An organiser (or a forming network's facilitator) announces an event; returns its id. */
export async function createEvent({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const { event, trip } = parseEvent(input);
  return getPrisma().$transaction(async (tx) => {
    const network = await managedNetwork(tx, event.networkSlug, actorId);
    if (trip) await checkTrip(tx, network.id, trip, event);
    const created = await tx.event.create({ data: { networkId: network.id, createdById: actorId, ...eventColumns(event) }, select: { id: true } });
    if (trip) await writeTrip(tx, created.id, trip, false);
    return created.id;
  });
}

/** The event with the actor allowed to manage it (its network's organisers). */
async function managedEvent(tx: Tx, eventId: string, actorId: string) {
  const event = await tx.event.findUnique({ where: { id: eventId }, include: { network: { select: { slug: true } } } });
  if (!event) throw new AppError("NOT_FOUND", "eventNotFound");
  await managedNetwork(tx, event.network.slug, actorId);
  return event;
}

/**
 * Saves changes. More seats move people up from the waitlist; a new start time re-arms the
 * reminder; the people on a trip are told when something about it changed (once per change).
 */
export async function updateEvent({ actorId, eventId, ...input }: { actorId: string; eventId: unknown } & Record<string, unknown>) {
  const { eventId: id } = parseInput(eventRefSchema, { eventId });
  const { event, trip } = parseEvent(input);
  await getPrisma().$transaction(async (tx) => {
    await lockEvent(tx, id);
    const existing = await managedEvent(tx, id, actorId);
    if (existing.network.slug !== event.networkSlug) throw new AppError("INVALID", "invalidInput", { networkSlug: ["validation.invalid"] });
    if (existing.status === "CANCELLED") throw new AppError("CONFLICT", "eventCancelled");
    if (isTrip(existing.kind) !== isTrip(event.kind)) throw new AppError("INVALID", "invalidInput", { kind: ["validation.kindChange"] });
    if (event.capacity !== undefined) {
      const going = await tx.rsvp.count({ where: { eventId: id, status: "GOING" } });
      if (event.capacity < going) throw new AppError("INVALID", "invalidInput", { capacity: ["validation.capacityBelowGoing"] });
    }
    if (trip) await checkTrip(tx, existing.networkId, trip, event);
    const before = trip ? await tripSnapshot(tx, id) : null;
    const updated = await tx.event.update({
      where: { id },
      data: { ...eventColumns(event), sequence: { increment: 1 }, ...(existing.startsAt.getTime() !== event.startsAt.getTime() ? { reminderSentAt: null } : {}) },
      select: { id: true, title: true, capacity: true, sequence: true },
    });
    if (trip) await writeTrip(tx, id, trip, true);
    await promoteFromWaitlist(tx, updated);
    if (trip && before !== (await tripSnapshot(tx, id))) {
      const people = await tx.rsvp.findMany({ where: { eventId: id, status: { in: ["GOING", "WAITLISTED"] }, userId: { not: actorId } }, select: { userId: true } });
      await notifyMany(tx, people.map((row) => row.userId), "trip.changed", { eventId: id, title: updated.title }, { dedupeKey: `trip.changed:${id}:${updated.sequence}` });
    }
  });
}

/** Cancels an event; everyone who said they would come, or was waiting, is told. */
export async function cancelEvent({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const { eventId } = parseInput(eventRefSchema, input);
  await getPrisma().$transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const event = await managedEvent(tx, eventId, actorId);
    if (event.status === "CANCELLED") return;
    const updated = await tx.event.update({ where: { id: eventId }, data: { status: "CANCELLED", cancelledAt: new Date(), sequence: { increment: 1 } }, select: { sequence: true } });
    const people = await tx.rsvp.findMany({ where: { eventId, status: { in: ["GOING", "WAITLISTED", "INTERESTED"] }, userId: { not: actorId } }, select: { userId: true } });
    await notifyMany(tx, people.map((row) => row.userId), "event.cancelled", { eventId, title: event.title }, { dedupeKey: `event.cancelled:${eventId}:${updated.sequence}` });
  });
}

/** A forming network's facilitator records a start-up meeting that took place as one of the three. */
export async function recordEventAsHeld({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const { eventId } = parseInput(eventRefSchema, input);
  const event = await getPrisma().event.findUnique({ where: { id: eventId }, include: { network: { select: { slug: true, status: true } }, startupMeeting: { select: { number: true } } } });
  if (!event) throw new AppError("NOT_FOUND", "eventNotFound");
  if (event.startupMeeting) throw new AppError("CONFLICT", "alreadyRecorded");
  if (!canRecordAsHeld(event, event.network.status, new Date())) throw new AppError("CONFLICT", "notRecordable");
  // One write: a second click at the same moment fails on the unique eventId.
  const meeting = await recordStartupMeeting({ actorId, slug: event.network.slug, heldOn: stockholmDay(event.startsAt), notes: event.title, eventId });
  return meeting.number;
}
