// Small factories for the events tests (rsvp, reminders, calendar). Every call makes fresh
// rows, so tests running in parallel on the shared database never see each other's events.
import { DateTime } from "luxon";
import { getPrisma } from "@/lib/db/client";
import { createEvent } from "@/lib/events/events";
import { respondToEvent } from "@/lib/events/rsvp";
import type { RsvpChoice } from "@/lib/events/rules";
import { addMember, createNetwork, createUser } from "./factories";

const ZONE = "Europe/Stockholm";

/** A datetime-local value ("2027-03-28T10:00") of the instant in Stockholm. */
export const stockholmLocal = (instant: DateTime | Date) => (instant instanceof Date ? DateTime.fromJSDate(instant) : instant).setZone(ZONE).toFormat("yyyy-MM-dd'T'HH:mm");

/** Now in Stockholm, to the minute, moved by `shift` (e.g. { days: 7 } or { hours: -1 }). */
export const fromNow = (shift: Parameters<DateTime["plus"]>[0]) => DateTime.now().setZone(ZONE).startOf("minute").plus(shift);

/** The input createEvent and updateEvent take: a two-hour meeting a week from now unless overridden. */
export function eventInput(networkSlug: string, overrides: Record<string, unknown> = {}) {
  const start = fromNow({ days: 7 });
  return {
    networkSlug,
    kind: "NETWORK_MEETING",
    title: "Test meeting",
    description: "",
    startsAt: stockholmLocal(start),
    endsAt: stockholmLocal(start.plus({ hours: 2 })),
    place: "Stadshuset, Stockholm",
    visibility: "NETWORK",
    ...overrides,
  } as Record<string, unknown>;
}

/** Creates an event through the service, as the network's organiser; returns its id. */
export const eventIn = (networkSlug: string, organiserId: string, overrides: Record<string, unknown> = {}) =>
  createEvent({ actorId: organiserId, ...eventInput(networkSlug, overrides) });

/** `n` new members of the network, in order ("Person 1", "Person 2", …). */
export async function membersOf(networkId: string, n: number, label = "Person") {
  const people = [];
  for (let index = 1; index <= n; index++) {
    const user = await createUser({ name: `${label} ${index}` });
    await addMember(networkId, user.id);
    people.push(user);
  }
  return people;
}

/** A fresh network with an organiser, an event of it (overrides as for eventIn; `input` is what created it) and `members` members. */
export async function eventWithMembers(members: number, overrides: Record<string, unknown> = {}) {
  const network = await createNetwork();
  const organiser = await createUser({ name: "Organiser" });
  await addMember(network.id, organiser.id, "ORGANISER");
  const input = eventInput(network.slug, overrides);
  const eventId = await createEvent({ actorId: organiser.id, ...input });
  const people = await membersOf(network.id, members);
  return { network, organiser, eventId, people, input };
}

export const answer = (eventId: string, userId: string, status: RsvpChoice | string) => respondToEvent({ actorId: userId, eventId, status });

/** Every RSVP of the event, keyed by user id. */
export async function rsvpsOf(eventId: string) {
  const rows = await getPrisma().rsvp.findMany({ where: { eventId }, select: { userId: true, status: true, waitlistedAt: true } });
  return new Map(rows.map((row) => [row.userId, row]));
}

/** Who is going and who is waiting (first in line first), as user ids. */
export async function seatsOf(eventId: string) {
  const rows = await getPrisma().rsvp.findMany({
    where: { eventId, status: { in: ["GOING", "WAITLISTED"] } },
    orderBy: [{ waitlistedAt: "asc" }, { createdAt: "asc" }],
    select: { userId: true, status: true, waitlistedAt: true },
  });
  return {
    going: rows.filter((row) => row.status === "GOING").map((row) => row.userId),
    waiting: rows.filter((row) => row.status === "WAITLISTED").map((row) => row.userId),
    waitlistedAt: rows.filter((row) => row.status === "WAITLISTED").map((row) => row.waitlistedAt!.getTime()),
  };
}

/** How many notifications of `kind` about the event each of the users has. */
export async function notifiedCount(userIds: string[], kind: string, eventId: string) {
  const rows = await getPrisma().notification.findMany({ where: { userId: { in: userIds }, kind }, select: { userId: true, data: true } });
  const counts = Object.fromEntries(userIds.map((userId) => [userId, 0]));
  for (const row of rows) if ((row.data as { eventId?: string }).eventId === eventId) counts[row.userId]! += 1;
  return counts;
}
