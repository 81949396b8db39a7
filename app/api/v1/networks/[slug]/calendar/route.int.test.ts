import { describe, expect, it } from "vitest";
import { resetCalendarToken } from "@/lib/events/calendar";
import { cancelEvent } from "@/lib/events/events";
import { respondToEvent } from "@/lib/events/rsvp";
import { createEventAs, parseCalendar, uniqueTitle } from "@/tests/event-factories";
import { addMember, createNetworkWithPeople, createUser } from "@/tests/factories";
import { GET } from "./route";

// Calendar apps send no session: the token in the URL is the only credential, so no session mock.
const get = async (slug: string, token?: string | null) => {
  const query = token === undefined || token === null ? "" : `?token=${encodeURIComponent(token)}`;
  const response = await GET(new Request(`http://localhost/api/v1/networks/${slug}/calendar${query}`), { params: Promise.resolve({ slug }) });
  return { response, text: await response.text() };
};

const expectNotFound = async (slug: string, token?: string | null) => {
  const { response, text } = await get(slug, token);
  expect(response.status).toBe(404);
  expect(response.headers.get("content-type")).toContain("application/json");
  expect(JSON.parse(text)).toMatchObject({ error: { code: "NOT_FOUND" } });
};

describe("GET /api/v1/networks/{slug}/calendar", () => {
  it("serves the network's events to a member's token, never attendee names or other networks' events", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const other = await createNetworkWithPeople();
    await addMember(other.network.id, member.id);
    const attendee = await createUser({ name: `Zelda Attendeename ${uniqueTitle("x")}` });
    await addMember(network.id, attendee.id);

    const [meeting, trip, open, elsewhere] = [uniqueTitle("Meeting"), uniqueTitle("Trip"), uniqueTitle("Open"), uniqueTitle("Elsewhere")];
    const meetingId = await createEventAs(organiser.id, network.slug, { title: meeting, startsAt: "2027-03-28T10:00", endsAt: "2027-03-28T12:00" });
    const tripId = await createEventAs(organiser.id, network.slug, {
      title: trip,
      kind: "BUSINESS_TRIP",
      startsAt: "2027-10-30T08:00",
      endsAt: "2027-11-02T18:00",
      country: "VN",
      cities: "Hanoi, Ho Chi Minh City",
      leaderIds: [organiser.id],
    });
    await createEventAs(organiser.id, network.slug, { title: open, visibility: "PUBLIC" });
    await createEventAs(other.organiser.id, other.network.slug, { title: elsewhere });
    await respondToEvent({ actorId: attendee.id, eventId: meetingId, status: "GOING" });
    await respondToEvent({ actorId: attendee.id, eventId: tripId, status: "INTERESTED" });

    const token = await resetCalendarToken({ actorId: member.id });
    const { response, text } = await get(network.slug, token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");

    const { calendar, events } = parseCalendar(text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(network.name);
    expect(events.map((event) => event.summary).sort()).toEqual([meeting, open, trip].sort());
    const springMeeting = events.find((event) => event.summary === meeting)!;
    expect(springMeeting.start.toISOString()).toBe("2027-03-28T08:00:00.000Z");
    expect(springMeeting.startZone).toBe("Europe/Stockholm");
    expect(events.find((event) => event.summary === trip)!.start.toISOString()).toBe("2027-10-30T06:00:00.000Z");
    for (const name of [attendee.name, "Attendeename", organiser.name, member.name]) expect(text).not.toContain(name);
    expect(text).not.toMatch(/^(ATTENDEE|ORGANIZER)/m);
    expect(text).not.toContain(elsewhere);

    // The same token opens the member's other network's feed, with that network's events only.
    const second = parseCalendar((await get(other.network.slug, token)).text);
    expect(second.events.map((event) => event.summary)).toEqual([elsewhere]);
  });

  it("lists cancelled events as cancelled, so subscribed calendars drop them", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const title = uniqueTitle("Called off");
    const id = await createEventAs(organiser.id, network.slug, { title });
    await cancelEvent({ actorId: organiser.id, eventId: id });
    const token = await resetCalendarToken({ actorId: member.id });
    const { events } = parseCalendar((await get(network.slug, token)).text);
    expect(events.find((event) => event.summary === title)).toMatchObject({ status: "CANCELLED" });
  });

  it("stops serving a reset token at once, and serves the new one", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    await createEventAs(organiser.id, network.slug);
    const old = await resetCalendarToken({ actorId: member.id });
    expect((await get(network.slug, old)).response.status).toBe(200);

    const fresh = await resetCalendarToken({ actorId: member.id });
    expect(fresh).not.toBe(old);
    await expectNotFound(network.slug, old);
    expect((await get(network.slug, fresh)).response.status).toBe(200);
  });

  it("answers 404 to a non-member's token, a missing or malformed token and an unknown network", async () => {
    const { network, member, outsider } = await createNetworkWithPeople();
    const outsiders = await resetCalendarToken({ actorId: outsider.id });
    await expectNotFound(network.slug, outsiders);
    await expectNotFound(network.slug);
    await expectNotFound(network.slug, "");
    await expectNotFound(network.slug, "short");
    await expectNotFound(network.slug, "A".repeat(32));
    await expectNotFound("no-such-network-anywhere", await resetCalendarToken({ actorId: member.id }));
  });
});
