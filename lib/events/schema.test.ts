import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { parseInput } from "@/lib/errors";
import { EVENT_LIMITS, eventSchema, eventsQuerySchema, rsvpSchema, tripSchema } from "./schema";

/** The field errors of a refusal; fails the test if the input is accepted. */
function refusal(schema: z.ZodType, input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    return (error as { fieldErrors?: Record<string, string[]> }).fieldErrors;
  }
  throw new Error(`accepted: ${JSON.stringify(input)}`);
}

const event = (overrides: Record<string, unknown> = {}) => ({
  networkSlug: "malmo-network",
  kind: "WORKSHOP",
  title: "Export pricing workshop",
  description: "Bring your price list.",
  startsAt: "2027-03-28T10:00",
  endsAt: "2027-03-28T12:00",
  place: "Malmö Live",
  visibility: "NETWORK",
  ...overrides,
});

describe("eventSchema", () => {
  it("reads the times as Stockholm time and normalises the rest", () => {
    expect(parseInput(eventSchema, event({ networkSlug: " Malmo-Network ", title: "  Export pricing workshop  ", description: "Line one\r\nLine two\r", capacity: "12", onlineUrl: "", rsvpDeadline: "2027-03-27T18:00" }))).toEqual({
      networkSlug: "malmo-network",
      kind: "WORKSHOP",
      title: "Export pricing workshop",
      description: "Line one\nLine two",
      startsAt: new Date("2027-03-28T08:00:00Z"),
      endsAt: new Date("2027-03-28T10:00:00Z"),
      place: "Malmö Live",
      onlineUrl: undefined,
      capacity: 12,
      rsvpDeadline: new Date("2027-03-27T17:00:00Z"),
      visibility: "NETWORK",
    });
  });

  it("an empty capacity or deadline means none; a link alone is enough", () => {
    const parsed = parseInput(eventSchema, event({ place: "", onlineUrl: "https://meet.example.com/abc", capacity: "", rsvpDeadline: "" }));
    expect(parsed).toMatchObject({ place: undefined, onlineUrl: "https://meet.example.com/abc", capacity: undefined, rsvpDeadline: undefined });
  });

  it("refuses an end at or before the start", () => {
    expect(refusal(eventSchema, event({ endsAt: "2027-03-28T09:00" }))).toEqual({ endsAt: ["validation.endBeforeStart"] });
    expect(refusal(eventSchema, event({ endsAt: "2027-03-28T10:00" }))).toEqual({ endsAt: ["validation.endBeforeStart"] });
    // 02:30 does not exist that night and becomes 03:30, after an end at 03:15.
    expect(refusal(eventSchema, event({ startsAt: "2027-03-28T02:30", endsAt: "2027-03-28T03:15" }))).toEqual({ endsAt: ["validation.endBeforeStart"] });
  });

  it("refuses a deadline after the start; at the start is fine", () => {
    expect(refusal(eventSchema, event({ rsvpDeadline: "2027-03-28T10:01" }))).toEqual({ rsvpDeadline: ["validation.deadlineAfterStart"] });
    expect(parseInput(eventSchema, event({ rsvpDeadline: "2027-03-28T10:00" })).rsvpDeadline).toEqual(new Date("2027-03-28T08:00:00Z"));
  });

  it.each([0, -1, "0", "-1", "abc", "1.5", 2.5, EVENT_LIMITS.capacity + 1, "1e9"])("refuses the capacity %j", (capacity) => {
    expect(refusal(eventSchema, event({ capacity }))).toEqual({ capacity: ["validation.capacity"] });
  });

  it("accepts capacities from 1 to the limit", () => {
    expect([1, "1", " 40 ", EVENT_LIMITS.capacity].map((capacity) => parseInput(eventSchema, event({ capacity })).capacity)).toEqual([1, 1, 40, EVENT_LIMITS.capacity]);
  });

  it("needs a place or a link", () => {
    for (const place of [undefined, "", "   "]) expect(refusal(eventSchema, event({ place, onlineUrl: "" }))).toEqual({ place: ["validation.placeOrLink"] });
  });

  it.each(["javascript:alert(1)", "JAVASCRIPT://example.com/%0aalert(1)", "ftp://files.example.com", "meet.example.com", "http://", "https://exa mple.com", "data:text/html,<b>x</b>"])("refuses the link %j", (onlineUrl) => {
    expect(refusal(eventSchema, event({ onlineUrl }))).toEqual({ onlineUrl: ["validation.url"] });
    expect(refusal(eventSchema, event({ place: "", onlineUrl }))).toEqual({ onlineUrl: ["validation.url"] });
  });

  it("refuses markup in the title and the place", () => {
    expect(refusal(eventSchema, event({ title: "<script>alert(1)</script>" }))).toEqual({ title: ["validation.noMarkup"] });
    expect(refusal(eventSchema, event({ title: "Pricing <b>workshop</b>" }))).toEqual({ title: ["validation.noMarkup"] });
    expect(refusal(eventSchema, event({ place: "<img src=x onerror=alert(1)>" }))).toEqual({ place: ["validation.noMarkup"] });
  });

  it("bounds the text fields", () => {
    expect(refusal(eventSchema, event({ title: "Hi" }))).toEqual({ title: ["validation.tooShort"] });
    expect(refusal(eventSchema, event({ title: "x".repeat(EVENT_LIMITS.title + 1) }))).toEqual({ title: ["validation.tooLong"] });
    expect(refusal(eventSchema, event({ description: "x".repeat(EVENT_LIMITS.description + 1) }))).toEqual({ description: ["validation.tooLong"] });
    expect(refusal(eventSchema, event({ place: "x".repeat(EVENT_LIMITS.place + 1) }))).toEqual({ place: ["validation.tooLong"] });
  });

  it("refuses malformed or missing times, unknown kinds and visibilities", () => {
    expect(refusal(eventSchema, event({ startsAt: "2027-02-30T10:00", endsAt: "28/03/2027 12:00" }))).toEqual({ startsAt: ["validation.dateTime"], endsAt: ["validation.dateTime"] });
    expect(refusal(eventSchema, event({ startsAt: undefined }))).toEqual({ startsAt: ["validation.required"] });
    expect(refusal(eventSchema, event({ startsAt: "" }))).toEqual({ startsAt: ["validation.required"] });
    expect(refusal(eventSchema, event({ kind: "PARTY" }))).toEqual({ kind: ["validation.eventKind"] });
    expect(refusal(eventSchema, event({ visibility: "SECRET" }))).toEqual({ visibility: ["validation.invalid"] });
    expect(refusal(eventSchema, event({ rsvpDeadline: "tomorrow" }))).toEqual({ rsvpDeadline: ["validation.dateTime"] });
  });
});

const trip = (overrides: Record<string, unknown> = {}) => ({ country: "vn", cities: "Hanoi, Ho Chi Minh City", ...overrides });

describe("tripSchema", () => {
  it("splits, trims and de-duplicates the cities; upper-cases the country; empty lists by default", () => {
    expect(parseInput(tripSchema, trip())).toEqual({ country: "VN", cities: ["Hanoi", "Ho Chi Minh City"], costPerPerson: undefined, targetSectors: [], leaderIds: [], briefingIds: [], itinerary: [], checklist: [] });
    expect(parseInput(tripSchema, trip({ cities: " Hanoi ,Hanoi,, Da Nang " })).cities).toEqual(["Hanoi", "Da Nang"]);
    expect(parseInput(tripSchema, trip({ cities: ["Hanoi", " Hue "] })).cities).toEqual(["Hanoi", "Hue"]);
    expect(parseInput(tripSchema, trip({ cities: "" })).cities).toEqual([]);
  });

  it("refuses unknown countries, too many or malformed cities, a negative cost", () => {
    expect(refusal(tripSchema, trip({ country: "XX" }))).toEqual({ country: ["validation.unknownCountry"] });
    expect(refusal(tripSchema, trip({ cities: Array.from({ length: EVENT_LIMITS.cities + 1 }, (_, index) => `City ${index}`).join(",") }))).toEqual({ cities: ["validation.tooMany"] });
    expect(refusal(tripSchema, trip({ cities: "Hanoi, <b>Hue</b>" }))).toEqual({ "cities.1": ["validation.noMarkup"] });
    expect(refusal(tripSchema, trip({ costPerPerson: "-1" }))).toEqual({ costPerPerson: ["validation.cost"] });
    expect(parseInput(tripSchema, trip({ costPerPerson: "25000" })).costPerPerson).toBe(25000);
  });

  it("takes single values or lists of sectors, leaders and briefings, without repeats", () => {
    const parsed = parseInput(tripSchema, trip({ targetSectors: ["C", "J", "C"], leaderIds: "u1", briefingIds: ["k1", "k1", "k2"] }));
    expect(parsed).toMatchObject({ targetSectors: ["C", "J"], leaderIds: ["u1"], briefingIds: ["k1", "k2"] });
    expect(refusal(tripSchema, trip({ targetSectors: ["C", "Z"] }))).toEqual({ "targetSectors.1": ["validation.chooseSector"] });
    expect(refusal(tripSchema, trip({ leaderIds: ["a", "b", "c", "d", "e", "f"] }))).toEqual({ leaderIds: ["validation.tooMany"] });
  });

  it("keys itinerary errors by row and field", () => {
    const itinerary = [
      { day: "2027-05-01", time: "09:00", activity: "Embassy briefing", place: "Hanoi" },
      { day: "2027-5-2", time: "25:00", activity: "x" },
      { day: "2027-05-03", time: "9:00", activity: "Factory <visit>", notes: "n".repeat(EVENT_LIMITS.notes + 1) },
    ];
    expect(refusal(tripSchema, trip({ itinerary }))).toEqual({
      "itinerary.1.day": ["validation.date"],
      "itinerary.1.time": ["validation.time"],
      "itinerary.1.activity": ["validation.tooShort"],
      "itinerary.2.time": ["validation.time"],
      "itinerary.2.activity": ["validation.noMarkup"],
      "itinerary.2.notes": ["validation.tooLong"],
    });
  });

  it("accepts times from 00:00 to 23:59, or none; refuses other times", () => {
    const rows = (time: string) => [{ day: "2027-05-01", time, activity: "Visit" }];
    expect(["00:00", "23:59", ""].map((time) => parseInput(tripSchema, trip({ itinerary: rows(time) })).itinerary[0]!.time)).toEqual(["00:00", "23:59", undefined]);
    for (const time of ["24:00", "12:60", "7.30", "12:00:00"]) expect(refusal(tripSchema, trip({ itinerary: rows(time) }))).toEqual({ "itinerary.0.time": ["validation.time"] });
  });

  it("reads checklist ticks from checkboxes", () => {
    const checklist = [{ label: "Passport", done: "on" }, { label: "Visa", done: "true" }, { label: "Tickets" }, { label: "Insurance", done: false }];
    expect(parseInput(tripSchema, trip({ checklist })).checklist.map((row) => row.done)).toEqual([true, true, false, false]);
    expect(refusal(tripSchema, trip({ checklist: [{ label: "x" }] }))).toEqual({ "checklist.0.label": ["validation.tooShort"] });
  });
});

describe("rsvpSchema", () => {
  it("takes going, interested or declined for an event", () => {
    expect(parseInput(rsvpSchema, { eventId: "e1", status: "GOING" })).toEqual({ eventId: "e1", status: "GOING" });
    expect(refusal(rsvpSchema, { eventId: "e1", status: "MAYBE" })).toEqual({ status: ["validation.invalid"] });
    expect(refusal(rsvpSchema, { eventId: "e1", status: "WAITLISTED" })).toEqual({ status: ["validation.invalid"] });
    expect(refusal(rsvpSchema, { status: "GOING" })).toEqual({ eventId: ["validation.required"] });
  });
});

describe("eventsQuerySchema", () => {
  it("takes an optional network and ISO bounds", () => {
    expect(parseInput(eventsQuerySchema, {})).toEqual({ network: undefined, from: undefined, to: undefined });
    expect(parseInput(eventsQuerySchema, { network: " Malmo-Network ", from: "2027-03-01", to: "2027-03-31T22:00:00Z" })).toEqual({
      network: "malmo-network",
      // A date without a time is midnight in Stockholm; an explicit offset is kept.
      from: new Date("2027-02-28T23:00:00Z"),
      to: new Date("2027-03-31T22:00:00Z"),
    });
    expect(parseInput(eventsQuerySchema, { from: "2027-03-01", to: "2027-03-01" }).to).toEqual(new Date("2027-02-28T23:00:00Z"));
  });

  it("refuses unknown parameters", () => {
    expect(refusal(eventsQuerySchema, { network: "malmo-network", page: "2", sort: "date" })).toEqual({ page: ["validation.unknownParameter"], sort: ["validation.unknownParameter"] });
  });

  it("refuses an end before the start", () => {
    expect(refusal(eventsQuerySchema, { from: "2027-03-31", to: "2027-03-01" })).toEqual({ to: ["validation.endBeforeStart"] });
  });

  it.each(["yesterday", "2027-13-01", "2027-01-01garbage", "03/01/2027", "2027", "1e12"])("refuses the malformed instant %j", (value) => {
    expect(refusal(eventsQuerySchema, { from: value })).toEqual({ from: ["validation.dateTime"] });
  });

  it("refuses a calendar date that does not exist instead of rolling it over", () => {
    // Date.parse("2027-02-30") is 2027-03-02 in V8: a malformed bound must not become another day.
    expect(refusal(eventsQuerySchema, { from: "2027-02-30" })).toEqual({ from: ["validation.dateTime"] });
  });

  it("refuses a parameter given twice and a malformed network", () => {
    expect(refusal(eventsQuerySchema, { network: ["a-net", "b-net"] })).toEqual({ network: ["validation.singleValue"] });
    expect(refusal(eventsQuerySchema, { network: "Not a slug!" })).toEqual({ network: ["validation.slug"] });
  });
});
