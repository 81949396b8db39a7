import { DateTime } from "luxon";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { addMember, addStartupMeetings, createNetworkWithPeople, createOrganiserElsewhere, createUser } from "@/tests/factories";
import { publishArticle } from "@/tests/knowledge-factories";
import { createPerson } from "@/tests/profile-factories";
import { briefingOptions, managedNetworkForEditor, tripLeadersForEditor } from "./editor";
import { cancelEvent, createEvent, recordEventAsHeld, updateEvent } from "./events";
import { respondToEvent } from "./rsvp";

// The editor's actions run here with the session, the cache, the locale and the redirect stubbed.
const session = vi.hoisted(() => ({ user: null as { id: string } | null, redirects: [] as { href: string }[] }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/i18n/navigation", () => ({ redirect: (target: { href: string }) => void session.redirects.push(target) }));
vi.mock("@/lib/flash", () => ({ setFlash: async () => {} }));
const { createEventAction } = await import("@/app/[locale]/events/editor-actions");

const db = getPrisma();
const ZONE = "Europe/Stockholm";
const local = (date: DateTime) => date.setZone(ZONE).toFormat("yyyy-MM-dd'T'HH:mm");
const start = DateTime.now().setZone(ZONE).startOf("day").plus({ days: 40, hours: 9 });
const day = (offset: number) => start.plus({ days: offset }).toISODate()!;
type Input = Record<string, unknown>;

const meeting = (networkSlug: string, overrides: Input = {}): Input => ({
  networkSlug,
  kind: "NETWORK_MEETING",
  title: "Export club: Vietnam",
  description: "We talk **payments**.",
  startsAt: local(start),
  endsAt: local(start.plus({ hours: 2 })),
  place: "Stadsbiblioteket, Göteborg",
  visibility: "NETWORK",
  ...overrides,
});
const trip = (networkSlug: string, overrides: Input = {}): Input =>
  meeting(networkSlug, {
    kind: "BUSINESS_TRIP",
    title: "Trade trip to Vietnam",
    endsAt: local(start.plus({ days: 4, hours: 8 })),
    rsvpDeadline: local(start.minus({ days: 14 })),
    country: "vn",
    cities: "Hanoi, Ho Chi Minh City, Hanoi",
    costPerPerson: "18500",
    targetSectors: ["C", "G", "C"],
    itinerary: [
      { day: day(1), time: "09:30", activity: "Visit to the chamber of commerce", place: "Hanoi", notes: "" },
      { day: day(0), time: "", activity: "Arrival and dinner", place: "", notes: "Bring cards" },
    ],
    checklist: [{ label: "Visa", done: "on" }, { label: "Travel insurance" }],
    ...overrides,
  });

const eventsOf = (networkId: string) => db.event.count({ where: { networkId } });
const refusal = (promise: Promise<unknown>) => promise.then(() => expect.fail("expected a refusal"), (error: { code: string; messageKey: string; fieldErrors?: unknown }) => ({ code: error.code, key: error.messageKey, fields: error.fieldErrors }));
const notified = async (userIds: string[], kind: string) =>
  Object.fromEntries(await Promise.all(userIds.map(async (id) => [id, await db.notification.count({ where: { userId: id, kind } })])));

describe("createEvent", () => {
  it("stores an organiser's event with its times read as Stockholm time", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const id = await createEvent({ actorId: organiser.id, ...meeting(network.slug, { capacity: "30", onlineUrl: "https://meet.example.se/x", visibility: "PUBLIC" }) });
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({
      networkId: network.id,
      createdById: organiser.id,
      kind: "NETWORK_MEETING",
      startsAt: start.toJSDate(),
      endsAt: start.plus({ hours: 2 }).toJSDate(),
      capacity: 30,
      onlineUrl: "https://meet.example.se/x",
      visibility: "PUBLIC",
      status: "SCHEDULED",
      sequence: 0,
    });
  });

  it("refuses members, organisers of other networks and the facilitator of an active network, storing nothing", async () => {
    const { network, member, facilitator, outsider } = await createNetworkWithPeople();
    const elsewhere = await createOrganiserElsewhere();
    for (const actor of [member, facilitator, outsider, elsewhere]) {
      expect(await refusal(createEvent({ actorId: actor.id, ...meeting(network.slug) }))).toEqual({ code: "FORBIDDEN", key: "notEventManager", fields: undefined });
    }
    expect(await eventsOf(network.id)).toBe(0);
  });

  it("lets the facilitator of a forming network announce events", async () => {
    const { network, facilitator } = await createNetworkWithPeople("FORMING");
    const id = await createEvent({ actorId: facilitator.id, ...meeting(network.slug, { kind: "STARTUP_MEETING" }) });
    expect(await db.event.findUniqueOrThrow({ where: { id }, select: { kind: true, createdById: true } })).toEqual({ kind: "STARTUP_MEETING", createdById: facilitator.id });
  });

  it("refuses bad input with the field's error and stores nothing", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const draft = await db.knowledgeItem.create({ data: { kind: "ARTICLE", authorId: organiser.id, networkId: network.id, title: "A draft", body: "Not yet.", language: "en", countries: ["VN"] }, select: { id: true } });
    const cases: [Input, Record<string, string[]>][] = [
      [meeting(network.slug, { endsAt: local(start.minus({ minutes: 1 })) }), { endsAt: ["validation.endBeforeStart"] }],
      [meeting(network.slug, { endsAt: local(start) }), { endsAt: ["validation.endBeforeStart"] }],
      [meeting(network.slug, { capacity: "0" }), { capacity: ["validation.capacity"] }],
      [meeting(network.slug, { capacity: "-4" }), { capacity: ["validation.capacity"] }],
      [meeting(network.slug, { capacity: "2.5" }), { capacity: ["validation.capacity"] }],
      [meeting(network.slug, { rsvpDeadline: local(start.plus({ minutes: 1 })) }), { rsvpDeadline: ["validation.deadlineAfterStart"] }],
      [meeting(network.slug, { title: "<script>alert(1)</script>" }), { title: ["validation.noMarkup"] }],
      [meeting(network.slug, { place: "<b>Town hall</b>" }), { place: ["validation.noMarkup"] }],
      [meeting(network.slug, { onlineUrl: "javascript:alert(1)" }), { onlineUrl: ["validation.url"] }],
      [meeting(network.slug, { onlineUrl: "ftp://files.example.se" }), { onlineUrl: ["validation.url"] }],
      [meeting(network.slug, { place: "", onlineUrl: "" }), { place: ["validation.placeOrLink"] }],
      [meeting(network.slug, { startsAt: "next tuesday" }), { startsAt: ["validation.dateTime"] }],
      [trip(network.slug, { itinerary: [{ day: day(0), activity: "Arrival" }, { day: day(9), activity: "Too late" }] }), { "itinerary.1.day": ["validation.dayOutsideTrip"] }],
      [trip(network.slug, { itinerary: [{ day: day(-1), activity: "Too early" }] }), { "itinerary.0.day": ["validation.dayOutsideTrip"] }],
      [trip(network.slug, { leaderIds: [organiser.id, outsider.id] }), { leaderIds: ["validation.leaderNotMember"] }],
      [trip(network.slug, { briefingIds: ["no-such-article"] }), { briefingIds: ["validation.unknownBriefing"] }],
      [trip(network.slug, { briefingIds: [draft.id] }), { briefingIds: ["validation.unknownBriefing"] }],
      [trip(network.slug, { country: "XX", title: "<i>" }), { country: ["validation.unknownCountry"], title: ["validation.noMarkup"] }],
    ];
    for (const [input, fields] of cases) expect(await refusal(createEvent({ actorId: organiser.id, ...input }))).toEqual({ code: "INVALID", key: "invalidInput", fields });
    expect(await refusal(createEvent({ actorId: organiser.id, ...meeting("no-such-network-anywhere") }))).toEqual({ code: "NOT_FOUND", key: "networkNotFound", fields: undefined });
    expect(await eventsOf(network.id)).toBe(0);
  });

  it("stores a trip's leaders, cities, sectors, briefings, itinerary in the given order and checklist", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const article = await publishArticle(member.id, network.id);
    const id = await createEvent({ actorId: organiser.id, ...trip(network.slug, { leaderIds: [member.id, organiser.id], briefingIds: [article] }) });
    const stored = await db.trip.findUniqueOrThrow({
      where: { eventId: id },
      include: { leaders: { select: { userId: true } }, itinerary: { orderBy: { position: "asc" } }, checklist: { orderBy: { position: "asc" } } },
    });
    expect(stored).toMatchObject({ country: "VN", cities: ["Hanoi", "Ho Chi Minh City"], costPerPerson: 18500, targetSectors: ["C", "G"], briefingIds: [article] });
    expect(stored.leaders.map((leader) => leader.userId).sort()).toEqual([member.id, organiser.id].sort());
    expect(stored.itinerary.map((row) => [row.day.toISOString().slice(0, 10), row.time, row.activity, row.notes, row.position])).toEqual([
      [day(1), "09:30", "Visit to the chamber of commerce", null, 0],
      [day(0), null, "Arrival and dinner", "Bring cards", 1],
    ]);
    expect(stored.checklist.map((row) => [row.label, row.done])).toEqual([["Visa", true], ["Travel insurance", false]]);
  });
});

describe("updateEvent", () => {
  it("bumps the sequence, and clears reminderSentAt only when the start moves", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const id = await createEvent({ actorId: organiser.id, ...meeting(network.slug) });
    const sent = new Date();
    await db.event.update({ where: { id }, data: { reminderSentAt: sent } });
    await updateEvent({ actorId: organiser.id, eventId: id, ...meeting(network.slug, { title: "Export club: Vietnam and Laos" }) });
    expect(await db.event.findUniqueOrThrow({ where: { id }, select: { sequence: true, reminderSentAt: true, title: true } })).toEqual({ sequence: 1, reminderSentAt: sent, title: "Export club: Vietnam and Laos" });
    await updateEvent({ actorId: organiser.id, eventId: id, ...meeting(network.slug, { startsAt: local(start.plus({ hours: 1 })), endsAt: local(start.plus({ hours: 3 })) }) });
    expect(await db.event.findUniqueOrThrow({ where: { id }, select: { sequence: true, reminderSentAt: true, startsAt: true } })).toEqual({ sequence: 2, reminderSentAt: null, startsAt: start.plus({ hours: 1 }).toJSDate() });
  });

  it("refuses others, a capacity below the number going and a change of kind to or from a trip", async () => {
    const { network, organiser, member, facilitator } = await createNetworkWithPeople();
    const id = await createEvent({ actorId: organiser.id, ...meeting(network.slug, { capacity: "5" }) });
    for (const actor of [member, facilitator]) expect((await refusal(updateEvent({ actorId: actor.id, eventId: id, ...meeting(network.slug) }))).code).toBe("FORBIDDEN");
    const people = await Promise.all([1, 2, 3].map(() => createUser()));
    for (const person of people) await addMember(network.id, person.id);
    for (const person of people) await respondToEvent({ actorId: person.id, eventId: id, status: "GOING" });
    expect(await refusal(updateEvent({ actorId: organiser.id, eventId: id, ...meeting(network.slug, { capacity: "2" }) }))).toEqual({ code: "INVALID", key: "invalidInput", fields: { capacity: ["validation.capacityBelowGoing"] } });
    expect(await refusal(updateEvent({ actorId: organiser.id, eventId: id, ...trip(network.slug) }))).toEqual({ code: "INVALID", key: "invalidInput", fields: { kind: ["validation.kindChange"] } });
    expect(await db.event.findUniqueOrThrow({ where: { id }, select: { capacity: true, sequence: true } })).toEqual({ capacity: 5, sequence: 0 });
    await updateEvent({ actorId: organiser.id, eventId: id, ...meeting(network.slug, { capacity: "3" }) });
    expect((await db.event.findUniqueOrThrow({ where: { id } })).capacity).toBe(3);
  });

  it("tells the people going and waiting about a changed trip, once per change, but not the editor", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const id = await createEvent({ actorId: organiser.id, ...trip(network.slug, { capacity: "2" }) });
    const [going, waiting, interested, declined] = await Promise.all([1, 2, 3, 4].map(() => createUser()));
    const people = [going!, waiting!, interested!, declined!];
    for (const person of people) await addMember(network.id, person.id);
    await respondToEvent({ actorId: organiser.id, eventId: id, status: "GOING" });
    const statuses = ["GOING", "GOING", "INTERESTED", "DECLINED"];
    for (const [index, person] of people.entries()) await respondToEvent({ actorId: person.id, eventId: id, status: statuses[index] });
    await updateEvent({ actorId: organiser.id, eventId: id, ...trip(network.slug, { capacity: "2", costPerPerson: "21000" }) });
    const ids = [organiser.id, ...people.map((person) => person.id)];
    expect(await notified(ids, "trip.changed")).toEqual(Object.fromEntries(ids.map((userId, index) => [userId, index === 1 || index === 2 ? 1 : 0])));
    expect((await db.notification.findFirstOrThrow({ where: { userId: going!.id, kind: "trip.changed" } })).data).toEqual({ eventId: id, title: "Trade trip to Vietnam" });
    await updateEvent({ actorId: organiser.id, eventId: id, ...trip(network.slug, { capacity: "2", costPerPerson: "22000" }) });
    expect(await notified([going!.id, waiting!.id, organiser.id], "trip.changed")).toEqual({ [going!.id]: 2, [waiting!.id]: 2, [organiser.id]: 0 });
  });
});

describe("cancelEvent", () => {
  it("cancels, tells everyone who answered yes, waits or is interested, and refuses further changes", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const id = await createEvent({ actorId: organiser.id, ...meeting(network.slug) });
    const declined = await createUser();
    await addMember(network.id, declined.id);
    await respondToEvent({ actorId: member.id, eventId: id, status: "INTERESTED" });
    await respondToEvent({ actorId: declined.id, eventId: id, status: "DECLINED" });
    expect((await refusal(cancelEvent({ actorId: member.id, eventId: id }))).code).toBe("FORBIDDEN");
    await cancelEvent({ actorId: organiser.id, eventId: id });
    await cancelEvent({ actorId: organiser.id, eventId: id });
    expect(await db.event.findUniqueOrThrow({ where: { id }, select: { status: true, sequence: true } })).toEqual({ status: "CANCELLED", sequence: 1 });
    expect(await notified([organiser.id, member.id, declined.id], "event.cancelled")).toEqual({ [organiser.id]: 0, [member.id]: 1, [declined.id]: 0 });
    expect(await refusal(updateEvent({ actorId: organiser.id, eventId: id, ...meeting(network.slug) }))).toMatchObject({ code: "CONFLICT", key: "eventCancelled" });
  });
});

describe("recordEventAsHeld", () => {
  const past = { startsAt: local(DateTime.now().minus({ hours: 3 })), endsAt: local(DateTime.now().minus({ minutes: 30 })) };

  it("counts a forming network's ended start-up meeting, by its facilitator, once", async () => {
    const { network, organiser, member, facilitator } = await createNetworkWithPeople("FORMING");
    const id = await createEvent({ actorId: facilitator.id, ...meeting(network.slug, { kind: "STARTUP_MEETING", ...past }) });
    for (const actor of [organiser, member]) expect(await refusal(recordEventAsHeld({ actorId: actor.id, eventId: id }))).toMatchObject({ code: "FORBIDDEN", key: "notFacilitator" });
    expect(await recordEventAsHeld({ actorId: facilitator.id, eventId: id })).toBe(1);
    expect(await refusal(recordEventAsHeld({ actorId: facilitator.id, eventId: id }))).toMatchObject({ code: "CONFLICT", key: "alreadyRecorded" });
    expect(await db.startupMeeting.findMany({ where: { networkId: network.id }, select: { number: true, eventId: true, recordedById: true } })).toEqual([{ number: 1, eventId: id, recordedById: facilitator.id }]);
    const more = await Promise.all([0, 1].map(() => createEvent({ actorId: facilitator.id, ...meeting(network.slug, { kind: "STARTUP_MEETING", ...past }) })));
    for (const eventId of more) await recordEventAsHeld({ actorId: facilitator.id, eventId });
    expect(await db.startupMeeting.count({ where: { networkId: network.id } })).toBe(3);
  });

  it("refuses meetings not yet ended, other kinds, active networks and unknown events", async () => {
    const forming = await createNetworkWithPeople("FORMING");
    const active = await createNetworkWithPeople();
    const coming = await createEvent({ actorId: forming.facilitator.id, ...meeting(forming.network.slug, { kind: "STARTUP_MEETING" }) });
    const social = await createEvent({ actorId: forming.facilitator.id, ...meeting(forming.network.slug, { kind: "SOCIAL", ...past }) });
    const activeMeeting = await createEvent({ actorId: active.organiser.id, ...meeting(active.network.slug, { kind: "STARTUP_MEETING", ...past }) });
    for (const [actor, eventId] of [[forming.facilitator, coming], [forming.facilitator, social], [active.facilitator, activeMeeting]] as const) {
      expect(await refusal(recordEventAsHeld({ actorId: actor.id, eventId }))).toMatchObject({ code: "CONFLICT", key: "notRecordable" });
    }
    expect(await refusal(recordEventAsHeld({ actorId: forming.facilitator.id, eventId: "no-such-event" }))).toMatchObject({ code: "NOT_FOUND", key: "eventNotFound" });
    expect(await db.startupMeeting.count({ where: { networkId: { in: [forming.network.id, active.network.id] } } })).toBe(0);
  });

  it("stops at three start-up meetings", async () => {
    const { network, facilitator } = await createNetworkWithPeople("FORMING");
    await addStartupMeetings(network.id, facilitator.id, 3);
    const id = await createEvent({ actorId: facilitator.id, ...meeting(network.slug, { kind: "STARTUP_MEETING", ...past }) });
    expect(await refusal(recordEventAsHeld({ actorId: facilitator.id, eventId: id }))).toMatchObject({ code: "CONFLICT", key: "startupMeetingsComplete" });
  });
});

describe("the editor's loaders", () => {
  it("suggests people of the network who know the country, only to those who may manage its events", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const knows = await createPerson({ name: "Aa Knows Vietnam", networks: [{ id: network.id }], countries: [{ country: "VN", relations: ["BORN", "EXPORTS_TO"], years: 12 }] });
    await createPerson({ name: "Outside Knows Vietnam", countries: [{ country: "VN", relations: ["BORN"] }] });
    await createPerson({ name: "Knows Chile", networks: [{ id: network.id }], countries: [{ country: "CL", relations: ["LIVED"] }] });
    expect(await tripLeadersForEditor({ actorId: organiser.id, networkSlug: network.slug, country: "vn" })).toEqual([{ id: knows.id, name: "Aa Knows Vietnam", relations: ["BORN", "EXPORTS_TO"], years: 12 }]);
    expect(await refusal(tripLeadersForEditor({ actorId: member.id, networkSlug: network.slug, country: "VN" }))).toMatchObject({ code: "FORBIDDEN", key: "notEventManager" });
    expect(await refusal(tripLeadersForEditor({ actorId: organiser.id, networkSlug: network.slug, country: "XX" }))).toMatchObject({ code: "INVALID", fields: { country: ["validation.unknownCountry"] } });
    expect(await refusal(managedNetworkForEditor("no-such-network-anywhere", organiser.id))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("offers published articles tagged with the country, and keeps the linked ones", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const country = "TL";
    const tagged = await publishArticle(organiser.id, network.id, { countries: [country] });
    const other = await publishArticle(organiser.id, network.id, { countries: ["CL"] });
    const ids = (await briefingOptions(country, [other])).map((item) => item.id);
    expect(ids).toContain(tagged);
    expect(ids[0]).toBe(other);
    expect((await briefingOptions(country)).map((item) => item.id)).not.toContain(other);
  });
});

describe("createEventAction", () => {
  beforeEach(() => {
    session.redirects.length = 0;
  });

  const form = (entries: Record<string, string | string[] | undefined>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) for (const one of [value ?? []].flat()) data.append(key, one);
    return data;
  };
  const tripForm = (slug: string, rows: Record<string, string>) =>
    form({ ...(trip(slug, { itinerary: undefined, checklist: undefined, rsvpDeadline: "" }) as Record<string, string | string[] | undefined>), ...rows });

  it("gathers itinerary and checklist rows from indexed names, dropping empty rows, then shows the event", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    session.user = organiser;
    const rows = { "itinerary.0.day": day(0), "itinerary.0.activity": "Arrival", "itinerary.1.day": "", "itinerary.1.activity": "", "itinerary.2.day": day(2), "itinerary.2.time": "10:00", "itinerary.2.activity": "Factory visit", "checklist.0.label": "Visa", "checklist.0.done": "on", "checklist.1.label": "", "checklist.2.label": "Insurance" };
    const state = await createEventAction({}, tripForm(network.slug, rows));
    expect(state).toMatchObject({ ok: true, message: "eventCreated" });
    const event = await db.event.findFirstOrThrow({ where: { networkId: network.id }, include: { trip: { include: { itinerary: { orderBy: { position: "asc" } }, checklist: { orderBy: { position: "asc" } } } } } });
    expect(session.redirects).toEqual([{ href: `/events/${event.id}`, locale: "en" }]);
    expect(event.trip!.itinerary.map((row) => [row.activity, row.time])).toEqual([["Arrival", null], ["Factory visit", "10:00"]]);
    expect(event.trip!.checklist.map((row) => [row.label, row.done])).toEqual([["Visa", true], ["Insurance", false]]);
  });

  it("keys a row's error to the row on screen and stores nothing", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    session.user = organiser;
    const state = await createEventAction({}, tripForm(network.slug, { "itinerary.0.activity": "", "itinerary.1.day": day(20), "itinerary.1.activity": "Too late" }));
    expect(state.fieldErrors).toEqual({ "itinerary.1.day": ["validation.dayOutsideTrip"] });
    const markup = await createEventAction({}, tripForm(network.slug, { "checklist.0.label": "", "checklist.3.label": "<b>x</b>" }));
    expect(markup.fieldErrors).toEqual({ "checklist.3.label": ["validation.noMarkup"] });
    expect(session.redirects).toEqual([]);
    expect(await eventsOf(network.id)).toBe(0);
  });
});
