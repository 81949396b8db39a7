import { beforeEach, describe, expect, it, vi } from "vitest";
import { respondToEvent } from "@/lib/events/rsvp";
import { createEventAs, uniqueTitle } from "@/tests/event-factories";
import { addMember, createNetworkWithPeople, createUser } from "@/tests/factories";

// The route reads the session through getCurrentUser; here the test decides who is signed in.
const session = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { GET } = await import("./route");

type Item = { id: string; kind: string; title: string; startsAt: string; endsAt: string; capacity: number | null; going: number; waitlisted: number; url: string };

const get = async (query: string) => {
  const response = await GET(new Request(`http://localhost/api/v1/events${query}`));
  return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as { items: Item[]; error?: { code: string; message: string; fields?: Record<string, string[]> } } };
};

beforeEach(() => {
  session.user = null;
});

describe("GET /api/v1/events", () => {
  it("lists a network's events for its members with going and waitlisted counts", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const [second, third] = await Promise.all([createUser(), createUser()]);
    await Promise.all([addMember(network.id, second.id), addMember(network.id, third.id)]);
    const title = uniqueTitle("Export club");
    const id = await createEventAs(organiser.id, network.slug, { kind: "EXPORT_CLUB", title, capacity: "2", startsAt: "2030-02-03T17:30", endsAt: "2030-02-03T19:00" });
    const open = await createEventAs(organiser.id, network.slug, { kind: "SOCIAL", visibility: "PUBLIC", startsAt: "2030-02-10T12:00", endsAt: "2030-02-10T13:00", place: "", onlineUrl: "https://meet.example.org/x" });
    for (const person of [member, second, third]) await respondToEvent({ actorId: person.id, eventId: id, status: "GOING" });

    session.user = member;
    const response = await get(`?network=${network.slug}`);
    expect(response.status).toBe(200);
    expect(response.type).toContain("application/json");
    expect(response.body.items).toEqual([
      { id, kind: "EXPORT_CLUB", title, startsAt: "2030-02-03T16:30:00.000Z", endsAt: "2030-02-03T18:00:00.000Z", capacity: 2, going: 2, waitlisted: 1, url: `/events/${id}` },
      expect.objectContaining({ id: open, kind: "SOCIAL", capacity: null, going: 0, waitlisted: 0, url: `/events/${open}` }),
    ]);
  });

  it("gives visitors and outsiders the public events only", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    await createEventAs(organiser.id, network.slug);
    const open = await createEventAs(organiser.id, network.slug, { visibility: "PUBLIC" });
    for (const viewer of [null, outsider]) {
      session.user = viewer;
      const response = await get(`?network=${network.slug}`);
      expect(response.status).toBe(200);
      expect(response.body.items.map((item) => item.id)).toEqual([open]);
    }
  });

  it("never lists another network's members-only events, even to someone signed in", async () => {
    const home = await createNetworkWithPeople();
    const other = await createNetworkWithPeople();
    const hidden = await createEventAs(other.organiser.id, other.network.slug);
    session.user = home.member;
    const everything = await get("?from=2000-01-01T00:00:00Z");
    expect(everything.body.items.map((item) => item.id)).not.toContain(hidden);
    expect((await get(`?network=${other.network.slug}`)).body.items).toEqual([]);
  });

  it("narrows to a window with from and to, on both sides of the daylight-saving changes", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const march = await createEventAs(organiser.id, network.slug, { startsAt: "2027-03-28T10:00", endsAt: "2027-03-28T12:00" });
    const october = await createEventAs(organiser.id, network.slug, { startsAt: "2027-10-31T10:00", endsAt: "2027-10-31T12:00" });
    session.user = member;

    const inMarch = await get(`?network=${network.slug}&from=2027-03-01T00:00:00Z&to=2027-04-01T00:00:00Z`);
    expect(inMarch.body.items).toEqual([expect.objectContaining({ id: march, startsAt: "2027-03-28T08:00:00.000Z", endsAt: "2027-03-28T10:00:00.000Z" })]);
    const fromSummer = await get(`?network=${network.slug}&from=2027-06-01`);
    expect(fromSummer.body.items).toEqual([expect.objectContaining({ id: october, startsAt: "2027-10-31T09:00:00.000Z" })]);
    const untilSummer = await get(`?network=${network.slug}&to=2027-06-01T00:00:00%2B02:00`);
    expect(untilSummer.body.items.map((item) => item.id)).toEqual([march]);
  });

  it.each([
    ["?from=yesterday", "from"],
    ["?to=2027-13-45", "to"],
    ["?from=2027-05-01&to=2027-04-01", "to"],
    ["?bogus=1", "bogus"],
    ["?network=Not%20A%20Slug", "network"],
    ["?from=2027-01-01&from=2027-02-01", "from"],
  ])("answers 400 with the field for %s", async (query, field) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.type).toContain("application/json");
    expect(response.body.error).toMatchObject({ code: "INVALID", fields: { [field]: [expect.any(String)] } });
    expect(response.body.error!.message).toContain(field);
  });

  it("answers 404 for an unknown network", async () => {
    const response = await get("?network=no-such-network-anywhere");
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "NOT_FOUND", message: "This network does not exist." } });
  });
});
