import { DateTime } from "luxon";
import type { EventKind } from "@/generated/prisma/enums";
import { EVENT_TIME_ZONE, toStockholmLocal } from "@/lib/events/time";

// What the event form starts from: a blank event, a copy of one, or one being edited. The
// types are shared with the client form; the builders run in the pages.

export type ItineraryValues = { day: string; time: string; activity: string; place: string; notes: string };
export type ChecklistValues = { label: string; done: boolean };
export type LeaderOption = { id: string; name: string; relations: string[]; years: number | null };
export type BriefingOption = { id: string; title: string };

export interface EventFormValues {
  eventId?: string;
  networkSlug: string;
  kind: EventKind;
  title: string;
  description: string;
  /** datetime-local values in Stockholm time. */
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
  capacity: string;
  rsvpDeadline: string;
  visibility: "NETWORK" | "PUBLIC";
  country: string;
  cities: string;
  costPerPerson: string;
  targetSectors: string[];
  leaderIds: string[];
  briefingIds: string[];
  itinerary: ItineraryValues[];
  checklist: ChecklistValues[];
}

export function blankValues(networkSlug: string, kind: EventKind, country: string, checklistLabels: string[]): EventFormValues {
  return {
    networkSlug,
    kind,
    title: "",
    description: "",
    startsAt: "",
    endsAt: "",
    place: "",
    onlineUrl: "",
    capacity: "",
    rsvpDeadline: "",
    visibility: "NETWORK",
    country,
    cities: "",
    costPerPerson: "",
    targetSectors: [],
    leaderIds: [],
    briefingIds: [],
    itinerary: [],
    // Posted only if the event is (or becomes) a trip.
    checklist: checklistLabels.map((label) => ({ label, done: false })),
  };
}

type StoredEvent = {
  id: string;
  kind: EventKind;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  rsvpDeadline: Date | null;
  visibility: "NETWORK" | "PUBLIC";
  network: { slug: string };
  trip: {
    country: string;
    cities: string[];
    costPerPerson: number | null;
    targetSectors: string[];
    briefingIds: string[];
    leaders: { user: { id: string; name: string } }[];
    itinerary: { day: Date; time: string | null; activity: string; place: string | null; notes: string | null }[];
    checklist: { label: string; done: boolean }[];
  } | null;
};

/**
 * The form's values for an existing event. A copy (`weeksLater`) has no id, keeps the title
 * and every field, moves all dates by whole weeks at the same Stockholm wall-clock times, and
 * starts its checklist over.
 */
export function storedValues(event: StoredEvent, { weeksLater = 0, networkSlug = event.network.slug } = {}): EventFormValues {
  const copy = weeksLater > 0;
  const moved = (date: Date) => (copy ? DateTime.fromJSDate(date, { zone: EVENT_TIME_ZONE }).plus({ weeks: weeksLater }).toJSDate() : date);
  const day = (date: Date) => DateTime.fromJSDate(date, { zone: "utc" }).plus({ weeks: weeksLater }).toISODate()!;
  const trip = event.trip;
  const sameNetwork = networkSlug === event.network.slug;
  return {
    ...(copy ? {} : { eventId: event.id }),
    networkSlug,
    kind: event.kind,
    title: event.title,
    description: event.description,
    startsAt: toStockholmLocal(moved(event.startsAt)),
    endsAt: toStockholmLocal(moved(event.endsAt)),
    place: event.place ?? "",
    onlineUrl: event.onlineUrl ?? "",
    capacity: event.capacity?.toString() ?? "",
    rsvpDeadline: event.rsvpDeadline ? toStockholmLocal(moved(event.rsvpDeadline)) : "",
    visibility: event.visibility,
    country: trip?.country.trim() ?? "",
    cities: trip?.cities.join(", ") ?? "",
    costPerPerson: trip?.costPerPerson?.toString() ?? "",
    targetSectors: trip?.targetSectors ?? [],
    // Leaders belong to their network: a copy into another network chooses its own.
    leaderIds: sameNetwork ? (trip?.leaders.map((leader) => leader.user.id) ?? []) : [],
    briefingIds: trip?.briefingIds ?? [],
    itinerary: (trip?.itinerary ?? []).map((row) => ({ day: day(row.day), time: row.time ?? "", activity: row.activity, place: row.place ?? "", notes: row.notes ?? "" })),
    checklist: (trip?.checklist ?? []).map((row) => ({ label: row.label, done: copy ? false : row.done })),
  };
}

/** Suggested leaders first, then the chosen ones the suggestions lack (they may know the country less). */
export function withChosenLeaders(suggested: LeaderOption[], chosen: { id: string; name: string }[]): LeaderOption[] {
  const known = new Set(suggested.map((leader) => leader.id));
  return [...suggested, ...chosen.filter((leader) => !known.has(leader.id)).map((leader) => ({ ...leader, relations: [], years: null }))];
}
