// Factories for the events tests: events made through the real service, so validation,
// Stockholm time and trips are exactly as in the app.
import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { createEvent } from "@/lib/events/events";

type Input = Record<string, unknown>;

/** A title no other test uses, to find one's own event among those of tests running beside it. */
export const uniqueTitle = (label = "Event") => `${label} ${randomUUID().slice(0, 8)}`;

/** Form input for an event; times are Stockholm wall-clock strings ("2027-03-28T10:00"). */
export const eventInput = (networkSlug: string, overrides: Input = {}): Input => ({
  networkSlug,
  kind: "NETWORK_MEETING",
  title: uniqueTitle(),
  description: "We meet to talk about **export** to new markets.",
  startsAt: "2030-05-14T18:00",
  endsAt: "2030-05-14T20:00",
  place: "Stadsbiblioteket, Göteborg",
  visibility: "NETWORK",
  ...overrides,
});

/** Creates an event as `actorId` (an organiser of the network) and returns its id. */
export async function createEventAs(actorId: string, networkSlug: string, overrides: Input = {}) {
  return createEvent({ actorId, ...eventInput(networkSlug, overrides) });
}

/**
 * Parses iCalendar text with ical.js (an independent reader, not the generator we test) and
 * registers its VTIMEZONEs, so each VEVENT's times resolve through the zone the file itself
 * carries. Returns the calendar and its events.
 */
export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      status: String(component.getFirstPropertyValue("status") ?? ""),
      sequence: Number(component.getFirstPropertyValue("sequence") ?? 0),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startZone: event.startDate.zone?.tzid ?? null,
      endZone: event.endDate.zone?.tzid ?? null,
    };
  });
  return { calendar, events };
}
