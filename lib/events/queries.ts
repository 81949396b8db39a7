import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { canManageEvents, canRecordAsHeld, canSeeEvent, isParticipantRole } from "./rules";
import { eventsQuerySchema } from "./schema";

/** The networks (not archived) the viewer belongs to, with their role. */
async function viewerNetworks(actorId: string | null) {
  if (!actorId) return [];
  return getPrisma().membership.findMany({ where: { userId: actorId, network: { status: { not: "ARCHIVED" } } }, select: { networkId: true, role: true } });
}

/** Events of the viewer's networks, and public events of any network. */
function visibleWhere(networkIds: string[]): Prisma.EventWhereInput {
  return { network: { status: { not: "ARCHIVED" } }, OR: [{ visibility: "PUBLIC" }, { networkId: { in: networkIds } }] };
}

const listed = {
  id: true,
  kind: true,
  status: true,
  title: true,
  startsAt: true,
  endsAt: true,
  place: true,
  onlineUrl: true,
  capacity: true,
  visibility: true,
  network: { select: { slug: true, name: true } },
  trip: { select: { country: true } },
  _count: { select: { rsvps: { where: { status: "GOING" } } } },
} as const satisfies Prisma.EventSelect;

export type ListedEvent = Awaited<ReturnType<typeof findEvents>>[number];

async function findEvents(where: Prisma.EventWhereInput, order: "asc" | "desc", take: number) {
  const rows = await getPrisma().event.findMany({ where, orderBy: [{ startsAt: order }, { id: "asc" }], take, select: listed });
  const waitlisted = await getPrisma().rsvp.groupBy({ by: ["eventId"], where: { eventId: { in: rows.map((row) => row.id) }, status: "WAITLISTED" }, _count: true });
  const waiting = new Map(waitlisted.map((row) => [row.eventId, row._count]));
  return rows.map(({ _count, ...row }) => ({ ...row, going: _count.rsvps, waitlisted: waiting.get(row.id) ?? 0 }));
}

/**
 * Events in a time window for GET /api/v1/events and the events pages: by default the coming
 * ones. `network` narrows to one network (refused if unknown); visitors get public events.
 */
export async function listEvents({ actorId, ...input }: { actorId: string | null } & Record<string, unknown>) {
  const query = parseInput(eventsQuerySchema, input);
  const memberships = await viewerNetworks(actorId);
  const where: Prisma.EventWhereInput = { ...visibleWhere(memberships.map((row) => row.networkId)) };
  if (query.network) {
    const network = await getPrisma().network.findUnique({ where: { slug: query.network }, select: { id: true, status: true } });
    if (!network || network.status === "ARCHIVED") throw new AppError("NOT_FOUND", "networkNotFound");
    where.networkId = network.id;
  }
  // Events that overlap the window: a trip that began last month still shows in this month.
  const from = query.from ?? (query.to ? undefined : new Date());
  if (from) where.endsAt = { gt: from };
  if (query.to) where.startsAt = { lt: query.to };
  return { query, items: await findEvents(where, "asc", 500) };
}

/** Past events of the viewer's networks and public ones, newest first. */
export async function listPastEvents({ actorId, take = 50 }: { actorId: string | null; take?: number }) {
  const memberships = await viewerNetworks(actorId);
  return findEvents({ ...visibleWhere(memberships.map((row) => row.networkId)), endsAt: { lt: new Date() } }, "desc", take);
}

/** One event as its page shows it: counts, the viewer's answer and place in line, what they may do. */
export async function getEvent({ actorId, eventId }: { actorId: string | null; eventId: string }) {
  const db = getPrisma();
  const event = await db.event.findUnique({
    where: { id: eventId },
    include: {
      network: { select: { id: true, slug: true, name: true, status: true } },
      createdBy: { select: { id: true, name: true } },
      startupMeeting: { select: { number: true } },
      trip: {
        include: {
          leaders: { select: { user: { select: { id: true, name: true } } } },
          itinerary: { orderBy: [{ day: "asc" }, { position: "asc" }] },
          checklist: { orderBy: { position: "asc" } },
        },
      },
    },
  });
  const membership = event && actorId ? await db.membership.findUnique({ where: { userId_networkId: { userId: actorId, networkId: event.networkId } }, select: { role: true } }) : null;
  if (!event || event.network.status === "ARCHIVED" || !canSeeEvent(event, membership?.role)) throw new AppError("NOT_FOUND", "eventNotFound");

  const participant = isParticipantRole(membership?.role);
  const [counts, mine, briefings] = await Promise.all([
    db.rsvp.groupBy({ by: ["status"], where: { eventId }, _count: true }),
    actorId ? db.rsvp.findUnique({ where: { eventId_userId: { eventId, userId: actorId } }, select: { status: true, waitlistedAt: true } }) : null,
    event.trip?.briefingIds.length ? db.knowledgeItem.findMany({ where: { id: { in: event.trip.briefingIds }, status: "PUBLISHED", ...(participant ? {} : { visibility: "PUBLIC" }) }, select: { id: true, title: true } }) : [],
  ]);
  const count = (status: string) => counts.find((row) => row.status === status)?._count ?? 0;
  const waitlistPosition = mine?.status === "WAITLISTED" && mine.waitlistedAt ? (await db.rsvp.count({ where: { eventId, status: "WAITLISTED", waitlistedAt: { lt: mine.waitlistedAt } } })) + 1 : null;
  // Attendee names are for the network's people only, never for visitors or feeds.
  const attendees = participant
    ? await db.rsvp.findMany({ where: { eventId, status: { in: ["GOING", "WAITLISTED"] } }, orderBy: [{ status: "asc" }, { waitlistedAt: "asc" }, { createdAt: "asc" }], select: { status: true, user: { select: { id: true, name: true } } } })
    : [];
  const manage = canManageEvents(membership?.role, event.network.status);
  return {
    event,
    viewer: { role: membership?.role ?? null, participant },
    briefings,
    going: count("GOING"),
    waitlisted: count("WAITLISTED"),
    interested: count("INTERESTED"),
    mine: mine?.status ?? null,
    waitlistPosition,
    attendees,
    can: {
      rsvp: participant && event.status === "SCHEDULED" && event.startsAt.getTime() > Date.now(),
      manage: manage && event.status === "SCHEDULED",
      recordAsHeld: membership?.role === "FACILITATOR" && !event.startupMeeting && canRecordAsHeld(event, event.network.status, new Date()),
    },
  };
}

/** For the event editor: the event and its trip, for people who may manage it. */
export async function getEventForEdit({ actorId, eventId }: { actorId: string; eventId: string }) {
  const loaded = await getEvent({ actorId, eventId });
  if (loaded.event.status === "CANCELLED") throw new AppError("CONFLICT", "eventCancelled");
  if (!loaded.can.manage) throw new AppError("FORBIDDEN", "notEventManager");
  return loaded;
}

/** Members who know a country, for the trip form's leader suggestions (people of the network first). */
export async function suggestTripLeaders({ networkId, country }: { networkId: string; country: string }) {
  return getPrisma().user.findMany({
    where: { status: "ACTIVE", memberships: { some: { networkId } }, countryKnowledge: { some: { country } } },
    orderBy: { name: "asc" },
    take: 20,
    select: { id: true, name: true, countryKnowledge: { where: { country }, select: { relations: true, years: true } } },
  });
}

/** Coming business trips to a country that the viewer may see, for its market page. */
export async function listUpcomingTrips({ actorId, country }: { actorId: string | null; country: string }) {
  const memberships = await viewerNetworks(actorId);
  return findEvents({ ...visibleWhere(memberships.map((row) => row.networkId)), kind: "BUSINESS_TRIP", status: "SCHEDULED", startsAt: { gte: new Date() }, trip: { country } }, "asc", 10);
}

/** A network's next events for its page: those the viewer may see. */
export async function listNetworkUpcoming({ actorId, networkId, take = 4 }: { actorId: string | null; networkId: string; take?: number }) {
  const memberships = await viewerNetworks(actorId);
  return findEvents({ ...visibleWhere(memberships.map((row) => row.networkId)), networkId, status: "SCHEDULED", endsAt: { gte: new Date() } }, "asc", take);
}
