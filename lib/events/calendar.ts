import "server-only";
import { createHash, randomBytes } from "node:crypto";
import ical, { ICalEventStatus, type ICalCalendar } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { markdownToPlainText } from "@/lib/knowledge/plain-text";
import { canSeeEvent, isParticipantRole } from "./rules";
import { EVENT_TIME_ZONE } from "./time";

// iCalendar for one event (.ics download) and a network's feed behind a per-person secret
// token. Times carry TZID=Europe/Stockholm with its VTIMEZONE, so calendars show them right
// on both sides of a daylight-saving change. Feeds list events only: never who is coming.

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** VTIMEZONE blocks from timezones-ical-library; Stockholm shares Berlin's rules and is renamed to match. */
const vtimezone = (zone: string) => tzlib_get_ical_block(zone)[0]!.replace(/^TZID:.*$/m, `TZID:${zone}`);

type CalendarEvent = {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  status: "SCHEDULED" | "CANCELLED";
  sequence: number;
  updatedAt: Date;
};

function calendarOf(name: string, events: CalendarEvent[], origin: string): ICalCalendar {
  const calendar = ical({ name, prodId: { company: "Kosmopolit", product: "events", language: "EN" }, timezone: { name: EVENT_TIME_ZONE, generator: vtimezone } });
  for (const event of events) {
    const url = `${origin}/events/${event.id}`;
    calendar.createEvent({
      id: `${event.id}@kosmopolit`,
      sequence: event.sequence,
      stamp: event.updatedAt,
      start: DateTime.fromJSDate(event.startsAt, { zone: EVENT_TIME_ZONE }),
      end: DateTime.fromJSDate(event.endsAt, { zone: EVENT_TIME_ZONE }),
      timezone: EVENT_TIME_ZONE,
      summary: event.title,
      description: [markdownToPlainText(event.description), event.onlineUrl, url].filter(Boolean).join("\n\n"),
      location: event.place ?? event.onlineUrl ?? undefined,
      url,
      status: event.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar;
}

const calendarFields = { id: true, title: true, description: true, startsAt: true, endsAt: true, place: true, onlineUrl: true, status: true, sequence: true, updatedAt: true } as const;

/** One event as text/calendar, for whoever may see the event. */
export async function eventIcs({ actorId, eventId, origin }: { actorId: string | null; eventId: string; origin: string }) {
  const event = await getPrisma().event.findUnique({ where: { id: eventId }, select: { ...calendarFields, visibility: true, networkId: true, network: { select: { status: true } } } });
  const membership = event && actorId ? await getPrisma().membership.findUnique({ where: { userId_networkId: { userId: actorId, networkId: event.networkId } }, select: { role: true } }) : null;
  if (!event || event.network.status === "ARCHIVED" || !canSeeEvent(event, membership?.role)) throw new AppError("NOT_FOUND", "eventNotFound");
  return calendarOf(event.title, [event], origin).toString();
}

/** Issues a new feed token (replacing any earlier one, which stops working at once); shown once. */
export async function resetCalendarToken({ actorId }: { actorId: string }) {
  const token = randomBytes(24).toString("base64url");
  const tokenHash = hashToken(token);
  await getPrisma().calendarToken.upsert({ where: { userId: actorId }, create: { userId: actorId, tokenHash }, update: { tokenHash, createdAt: new Date() } });
  return token;
}

export async function hasCalendarToken({ actorId }: { actorId: string }) {
  return Boolean(await getPrisma().calendarToken.findUnique({ where: { userId: actorId }, select: { userId: true } }));
}

const FEED_PAST_DAYS = 90;

/** A network's feed for the token's owner, who must belong to the network: its events from 90 days back. */
export async function networkFeed({ token, slug, origin }: { token: string; slug: string; origin: string }) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw new AppError("NOT_FOUND", "calendarNotFound");
  const owner = await getPrisma().calendarToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { user: { select: { id: true, status: true } } } });
  const network = await getPrisma().network.findUnique({ where: { slug }, select: { id: true, name: true, status: true } });
  if (!owner || owner.user.status !== "ACTIVE" || !network || network.status === "ARCHIVED") throw new AppError("NOT_FOUND", "calendarNotFound");
  const membership = await getPrisma().membership.findUnique({ where: { userId_networkId: { userId: owner.user.id, networkId: network.id } }, select: { role: true } });
  if (!isParticipantRole(membership?.role)) throw new AppError("NOT_FOUND", "calendarNotFound");
  const events = await getPrisma().event.findMany({
    where: { networkId: network.id, startsAt: { gte: new Date(Date.now() - FEED_PAST_DAYS * 86_400_000) } },
    orderBy: { startsAt: "asc" },
    select: calendarFields,
  });
  return calendarOf(network.name, events, origin).toString();
}
