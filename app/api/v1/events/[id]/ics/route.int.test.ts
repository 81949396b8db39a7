import { beforeEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { cancelEvent } from "@/lib/events/events";
import { createEventAs, parseCalendar, uniqueTitle } from "@/tests/event-factories";
import { createNetworkWithPeople, createUser } from "@/tests/factories";

// The route reads the session through getCurrentUser; here the test decides who is signed in.
const session = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { GET } = await import("./route");

const get = async (id: string) => {
  const response = await GET(new Request(`http://localhost/api/v1/events/${id}/ics`), { params: Promise.resolve({ id }) });
  return { response, text: await response.text() };
};

beforeEach(() => {
  session.user = null;
});

describe("GET /api/v1/events/{id}/ics", () => {
  it("serves one event as an attachment, with Stockholm times that survive the switch to summer time", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const title = uniqueTitle("Spring meeting");
    // 01:30 is winter time (UTC+1); at 02:00 clocks jump to 03:00, so 04:00 is summer time (UTC+2).
    const id = await createEventAs(organiser.id, network.slug, { title, startsAt: "2027-03-28T01:30", endsAt: "2027-03-28T04:00", description: "Bring *business cards*." });
    session.user = member;

    const { response, text } = await get(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="event.ics"');
    expect(text).toContain("DTSTART;TZID=Europe/Stockholm:20270328T013000");
    expect(text).toContain("DTEND;TZID=Europe/Stockholm:20270328T040000");
    expect(text).toMatch(/BEGIN:VTIMEZONE\r?\nTZID:Europe\/Stockholm/);

    const { events } = parseCalendar(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ uid: `${id}@kosmopolit`, summary: title, location: "Stadsbiblioteket, Göteborg", status: "CONFIRMED", startZone: "Europe/Stockholm", endZone: "Europe/Stockholm" });
    expect(events[0]!.start.toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(events[0]!.end.toISOString()).toBe("2027-03-28T02:00:00.000Z");
    expect(events[0]!.description).toContain("business cards");
    expect(events[0]!.description).not.toContain("*");
    expect(events[0]!.description).toContain(`http://localhost/events/${id}`);
  });

  it("round-trips times across the switch back to winter time, and writes the repeated hour as its first occurrence", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    // 01:30 is summer time (UTC+2); at 03:00 clocks go back to 02:00, so 04:00 is winter time (UTC+1).
    const across = await createEventAs(organiser.id, network.slug, { startsAt: "2027-10-31T01:30", endsAt: "2027-10-31T04:00" });
    // 02:30 happens twice that night (summer time, then winter time).
    const ambiguous = await createEventAs(organiser.id, network.slug, { startsAt: "2027-10-31T02:30", endsAt: "2027-10-31T05:00" });
    session.user = member;

    const first = parseCalendar((await get(across)).text).events[0]!;
    expect(first.start.toISOString()).toBe("2027-10-30T23:30:00.000Z");
    expect(first.end.toISOString()).toBe("2027-10-31T03:00:00.000Z");
    expect(first.startZone).toBe("Europe/Stockholm");

    // RFC 5545 §3.3.5: a local time that occurs twice means its first occurrence, which is what
    // is stored. ical.js reads such a time as the second occurrence, so for this hour the
    // wall-clock text is checked instead of ical.js's reading of it.
    const stored = await getPrisma().event.findUniqueOrThrow({ where: { id: ambiguous }, select: { startsAt: true } });
    expect(stored.startsAt.toISOString()).toBe("2027-10-31T00:30:00.000Z");
    const { text } = await get(ambiguous);
    expect(text).toContain("DTSTART;TZID=Europe/Stockholm:20271031T023000");
    expect(text).toContain("DTEND;TZID=Europe/Stockholm:20271031T050000");
    expect(parseCalendar(text).events[0]!.end.toISOString()).toBe("2027-10-31T04:00:00.000Z");
  });

  it("marks a cancelled event STATUS:CANCELLED with a higher SEQUENCE, so calendars remove it", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const id = await createEventAs(organiser.id, network.slug);
    session.user = member;
    const before = parseCalendar((await get(id)).text).events[0]!;

    await cancelEvent({ actorId: organiser.id, eventId: id });
    const { text } = await get(id);
    expect(text).toContain("STATUS:CANCELLED");
    const after = parseCalendar(text).events[0]!;
    expect(after.status).toBe("CANCELLED");
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it("answers 404 JSON to visitors and outsiders for a network event, and serves public events to everyone", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const networkOnly = await createEventAs(organiser.id, network.slug);
    const open = await createEventAs(organiser.id, network.slug, { visibility: "PUBLIC" });

    for (const viewer of [null, outsider]) {
      session.user = viewer;
      const { response, text } = await get(networkOnly);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(JSON.parse(text)).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
      expect((await get(open)).response.status).toBe(200);
    }
  });

  it("answers 404 for an unknown event", async () => {
    session.user = await createUser();
    expect((await get("c0000000000000000000000000")).response.status).toBe(404);
    expect((await get("not an id")).response.status).toBe(404);
  });
});
