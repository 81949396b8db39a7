import { describe, expect, it } from "vitest";
import { capList, type Digest } from "./digest-content";
import { digestKey, digestSince, isoWeekKey, renderDigest } from "./digest";

const empty = { items: [], total: 0 };
const digest = (overrides: Partial<Digest>): Digest => ({
  markets: ["VN"],
  members: empty,
  events: empty,
  knowledge: empty,
  questions: empty,
  requests: empty,
  notifications: empty,
  ...overrides,
});
const since = new Date("2026-11-16T06:00:00Z");

describe("isoWeekKey", () => {
  it("names the ISO week in Stockholm, where Monday begins an hour before UTC's", () => {
    expect(isoWeekKey(new Date("2026-11-23T06:00:00Z"))).toBe("2026-W48");
    // Sunday 23:30 UTC is already Monday 00:30 in Stockholm.
    expect(isoWeekKey(new Date("2026-11-22T23:30:00Z"))).toBe("2026-W48");
    expect(isoWeekKey(new Date("2026-11-22T22:30:00Z"))).toBe("2026-W47");
  });

  it("uses the ISO week-numbering year around new year", () => {
    expect(isoWeekKey(new Date("2027-01-01T12:00:00Z"))).toBe("2026-W53");
    expect(isoWeekKey(new Date("2025-12-29T12:00:00Z"))).toBe("2026-W01");
  });

  it("keys a digest by person and week", () => {
    expect(digestKey("u1", new Date("2026-11-23T06:00:00Z"))).toBe("digest:u1:2026-W48");
  });
});

describe("digestSince", () => {
  const now = new Date("2026-11-23T06:00:00Z");
  it("starts a week back without an earlier digest", () => {
    expect(digestSince(null, now)).toEqual(new Date("2026-11-16T06:00:00Z"));
  });
  it("starts at the previous digest", () => {
    expect(digestSince(new Date("2026-11-09T06:00:00Z"), now)).toEqual(new Date("2026-11-09T06:00:00Z"));
  });
  it("never reaches back more than four weeks", () => {
    expect(digestSince(new Date("2025-01-01T00:00:00Z"), now)).toEqual(new Date("2026-10-26T06:00:00Z"));
  });
});

describe("capList", () => {
  it("keeps the first items and counts them all", () => {
    expect(capList([1, 2, 3], 2)).toEqual({ items: [1, 2], total: 3 });
    expect(capList([], 2)).toEqual({ items: [], total: 0 });
  });
});

describe("renderDigest", () => {
  const members = { items: [{ id: "m1", name: "Lan Nguyen", countries: ["VN"] }], total: 1 };

  it("names the members' market in the subject, in the reader's language", () => {
    expect(renderDigest(digest({ members }), { locale: "en", since }).subject).toBe("Your week in Kosmopolit: 1 new member who knows Vietnam");
    expect(renderDigest(digest({ members }), { locale: "sv", since }).subject).toBe("Din vecka i Kosmopolit: 1 ny medlem som känner till Vietnam");
    expect(renderDigest(digest({ members }), { locale: "ar", since }).subject).toContain("كوزموبوليت");
  });

  it("adds an 'and N more' line that leads to the full list", () => {
    const capped = { items: [{ id: "e1", title: "Export club", startsAt: new Date("2026-11-25T17:00:00Z"), networkName: "Väst", tripCountry: null }], total: 4 };
    const rendered = renderDigest(digest({ members, events: capped }), { locale: "en", since });
    const events = rendered.content.sections!.find((section) => section.heading === "Coming up in the next two weeks")!;
    expect(events.lines.at(-1)).toEqual({ text: "and 3 more", url: expect.stringMatching(/\/en\/events$/) });
    expect(events.lines[0]!.note).toMatch(/Väst$/);
  });

  it("quotes a request's motivation, shortened", () => {
    const requests = { items: [{ id: "r1", networkSlug: "vast", networkName: "Väst", requesterName: "Ali", motivation: "x".repeat(300) }], total: 1 };
    const [section] = renderDigest(digest({ requests }), { locale: "en", since }).content.sections!;
    expect(section!.lines[0]).toMatchObject({ text: "Ali wants to join Väst", url: expect.stringMatching(/\/en\/networks\/vast\/manage$/) });
    expect(section!.lines[0]!.note!.length).toBeLessThanOrEqual(142);
  });

  it("falls back to a general subject when the news is only notifications", () => {
    const notifications = { items: [{ id: "n1", kind: "chat.mentioned", data: { channelId: "c", channelName: "Väst", authorName: "Ali", excerpt: "hi" } }], total: 1 };
    const rendered = renderDigest(digest({ notifications }), { locale: "sv", since });
    expect(rendered.subject).toBe("Din vecka i Kosmopolit");
    expect(rendered.reason).toBe("Du får det här mejlet eftersom veckosammanfattningen är påslagen.");
  });
});
