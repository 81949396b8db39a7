import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { answer, eventWithMembers } from "@/tests/event-helpers";
import { addMember, createUser } from "@/tests/factories";
import { eventIcs } from "./calendar";
import { cancelEvent } from "./events";

const ORIGIN = "https://kosmopolit.example";

/** The calendar's first VEVENT, with its VTIMEZONEs registered so that times convert to instants. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents("vtimezone");
  for (const zone of zones) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const time = (name: "dtstart" | "dtend") => {
    const property = vevent.getFirstProperty(name)!;
    const value = property.getFirstValue() as ICAL.Time;
    return { tzid: property.getParameter("tzid"), zone: value.zone?.tzid, local: value.toString(), instant: value.toJSDate() };
  };
  return { calendar, vevent, zones: zones.map((zone) => zone.getFirstPropertyValue("tzid")), start: time("dtstart"), end: time("dtend") };
}

/** An event with the given Stockholm wall-clock times, and its .ics as the organiser downloads it. */
async function icsOf(startsAt: string, endsAt: string, overrides: Record<string, unknown> = {}) {
  const setup = await eventWithMembers(0, { startsAt, endsAt, ...overrides });
  const stored = await getPrisma().event.findUniqueOrThrow({ where: { id: setup.eventId }, select: { startsAt: true, endsAt: true } });
  const text = await eventIcs({ actorId: setup.organiser.id, eventId: setup.eventId, origin: ORIGIN });
  return { ...setup, stored, text, ...parse(text) };
}

describe("eventIcs times", () => {
  it.each([
    { day: "an ordinary winter day", startsAt: "2027-01-14T18:00", endsAt: "2027-01-14T20:30", utc: ["2027-01-14T17:00:00.000Z", "2027-01-14T19:30:00.000Z"] },
    { day: "the spring change (after it)", startsAt: "2027-03-28T10:00", endsAt: "2027-03-28T12:00", utc: ["2027-03-28T08:00:00.000Z", "2027-03-28T10:00:00.000Z"] },
    { day: "the autumn change (after it)", startsAt: "2027-10-31T10:00", endsAt: "2027-10-31T12:00", utc: ["2027-10-31T09:00:00.000Z", "2027-10-31T11:00:00.000Z"] },
    { day: "a night across the autumn change", startsAt: "2027-10-30T22:00", endsAt: "2027-10-31T06:00", utc: ["2027-10-30T20:00:00.000Z", "2027-10-31T05:00:00.000Z"] },
    { day: "a night across the spring change", startsAt: "2027-03-27T22:00", endsAt: "2027-03-28T06:00", utc: ["2027-03-27T21:00:00.000Z", "2027-03-28T04:00:00.000Z"] },
  ])("carry TZID=Europe/Stockholm and convert back to the stored instants on $day", async ({ startsAt, endsAt, utc }) => {
    const { stored, start, end, zones, text } = await icsOf(startsAt, endsAt);
    expect([stored.startsAt.toISOString(), stored.endsAt.toISOString()]).toEqual(utc);
    expect(zones).toEqual(["Europe/Stockholm"]);
    expect(start).toMatchObject({ tzid: "Europe/Stockholm", zone: "Europe/Stockholm", local: `${startsAt}:00` });
    expect(end).toMatchObject({ tzid: "Europe/Stockholm", zone: "Europe/Stockholm", local: `${endsAt}:00` });
    expect(start.instant).toEqual(stored.startsAt);
    expect(end.instant).toEqual(stored.endsAt);
    expect(text).toContain(`DTSTART;TZID=Europe/Stockholm:${startsAt.replace(/[-:]/g, "")}00`);
  });

  it("a time skipped in spring is written as the wall-clock time it moved to", async () => {
    const { stored, start } = await icsOf("2027-03-28T02:30", "2027-03-28T04:00");
    expect(stored.startsAt.toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(start).toMatchObject({ tzid: "Europe/Stockholm", local: "2027-03-28T03:30:00" });
    expect(start.instant).toEqual(stored.startsAt);
  });

  it("describes the event: title, place, link back, confirmed, sequence", async () => {
    const { vevent, eventId } = await icsOf("2027-01-14T18:00", "2027-01-14T20:00", { title: "Export club: Vietnam", place: "Kulturhuset, Stockholm", description: "**Bring** business cards." });
    expect(vevent.getFirstPropertyValue("uid")).toBe(`${eventId}@kosmopolit`);
    expect(vevent.getFirstPropertyValue("summary")).toBe("Export club: Vietnam");
    expect(vevent.getFirstPropertyValue("location")).toBe("Kulturhuset, Stockholm");
    expect(vevent.getFirstPropertyValue("url")).toBe(`${ORIGIN}/events/${eventId}`);
    expect(vevent.getFirstPropertyValue("description")).toBe(`Bring business cards.\n\n${ORIGIN}/events/${eventId}`);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(vevent.getFirstPropertyValue("sequence")).toBe(0);
  });

  it("a cancelled event says so, with a higher sequence", async () => {
    const { eventId, organiser } = await icsOf("2027-01-14T18:00", "2027-01-14T20:00");
    await cancelEvent({ actorId: organiser.id, eventId });
    const { vevent } = parse(await eventIcs({ actorId: organiser.id, eventId, origin: ORIGIN }));
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(vevent.getFirstPropertyValue("sequence")).toBe(1);
  });
});

describe("eventIcs privacy and access", () => {
  it("never names who is coming", async () => {
    const { eventId, network, organiser } = await eventWithMembers(0, { capacity: 1 });
    const people = [
      await createUser({ name: "Zebulon Quartermaine-Ytterberg", email: "zebulon.quartermaine@attendee.example" }),
      await createUser({ name: "Xiomara Wolfhagen-Lindqvist", email: "xiomara.wolfhagen@attendee.example" }),
      await createUser({ name: "Ulrika Vantablack-Oxenstierna", email: "ulrika.vantablack@attendee.example" }),
    ];
    for (const person of people) await addMember(network.id, person.id);
    expect([await answer(eventId, people[0]!.id, "GOING"), await answer(eventId, people[1]!.id, "GOING"), await answer(eventId, people[2]!.id, "INTERESTED")]).toEqual([
      "GOING",
      "WAITLISTED",
      "INTERESTED",
    ]);
    for (const actorId of [organiser.id, people[0]!.id]) {
      const text = await eventIcs({ actorId, eventId, origin: ORIGIN });
      // Folded lines are unfolded first, so a name split over two lines would still be found.
      const unfolded = text.replace(/\r?\n[ \t]/g, "").toLowerCase();
      for (const person of people) {
        for (const part of [...person.name.toLowerCase().split(/[ -]/), person.email.toLowerCase(), person.id.toLowerCase()]) expect(unfolded).not.toContain(part);
      }
      expect(unfolded).not.toMatch(/^(attendee|organizer)/m);
      expect(unfolded).not.toContain("@attendee.example");
    }
  });

  it("a visitor or an outsider gets NOT_FOUND for a network event and the .ics of a public one", async () => {
    const outsider = await createUser({ name: "Outsider" });
    const hidden = await eventWithMembers(0);
    for (const actorId of [null, outsider.id]) {
      await expect(eventIcs({ actorId, eventId: hidden.eventId, origin: ORIGIN })).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "eventNotFound" });
    }
    const member = await createUser({ name: "Member" });
    await addMember(hidden.network.id, member.id);
    expect(parse(await eventIcs({ actorId: member.id, eventId: hidden.eventId, origin: ORIGIN })).vevent.getFirstPropertyValue("uid")).toBe(`${hidden.eventId}@kosmopolit`);

    const open = await eventWithMembers(0, { visibility: "PUBLIC", title: "Open house" });
    for (const actorId of [null, outsider.id]) {
      expect(parse(await eventIcs({ actorId, eventId: open.eventId, origin: ORIGIN })).vevent.getFirstPropertyValue("summary")).toBe("Open house");
    }
    await expect(eventIcs({ actorId: null, eventId: "no-such-event", origin: ORIGIN })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an archived network's public events are not served", async () => {
    const open = await eventWithMembers(0, { visibility: "PUBLIC" });
    await getPrisma().network.update({ where: { id: open.network.id }, data: { status: "ARCHIVED" } });
    await expect(eventIcs({ actorId: null, eventId: open.eventId, origin: ORIGIN })).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "eventNotFound" });
  });
});
