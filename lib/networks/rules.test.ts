import { describe, expect, it } from "vitest";
import { canHandOver, canManageNetwork, canRecordStartupMeeting, isInvitationUsable, isMemberFirm, slugify, wouldLeaveWithoutOrganiser } from "./rules";

describe("network rules", () => {
  it("managers are organisers and facilitators; member firms are members and organisers", () => {
    expect([null, undefined, "MEMBER", "ORGANISER", "FACILITATOR"].map((role) => canManageNetwork(role as never))).toEqual([false, false, false, true, true]);
    expect([null, undefined, "MEMBER", "ORGANISER", "FACILITATOR"].map((role) => isMemberFirm(role as never))).toEqual([false, false, true, true, false]);
  });

  it.each([
    ["FORMING", 0, true, false],
    ["FORMING", 2, true, false],
    ["FORMING", 3, false, true],
    ["FORMING", 4, false, true],
    ["ACTIVE", 0, false, false],
    ["ACTIVE", 3, false, false],
    ["ARCHIVED", 3, false, false],
  ] as const)("%s with %i meetings: record %s, hand over %s", (status, meetings, record, handOver) => {
    expect(canRecordStartupMeeting(status, meetings)).toBe(record);
    expect(canHandOver(status, meetings)).toBe(handOver);
  });

  it.each([
    ["ACTIVE", 1, true, true],
    ["ACTIVE", 0, true, true],
    ["ACTIVE", 2, true, false],
    ["ACTIVE", 1, false, false],
    ["FORMING", 1, true, false],
    ["ARCHIVED", 1, true, false],
  ] as const)("%s network with %i organisers, losing an organiser %s → blocked %s", (status, organisers, losing, blocked) => {
    expect(wouldLeaveWithoutOrganiser(status, organisers, losing)).toBe(blocked);
  });

  describe("isInvitationUsable", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const fresh = { expiresAt: new Date("2026-06-02T12:00:00Z"), maxUses: 2, uses: 1, revokedAt: null };

    it("is usable before expiry with uses left", () => expect(isInvitationUsable(fresh, now)).toBe(true));
    it("is not usable when used up", () => expect(isInvitationUsable({ ...fresh, uses: 2 }, now)).toBe(false));
    it("is not usable when revoked", () => expect(isInvitationUsable({ ...fresh, revokedAt: new Date("2026-05-01") }, now)).toBe(false));
    it("is not usable at or after the expiry instant", () => {
      expect(isInvitationUsable({ ...fresh, expiresAt: now }, now)).toBe(false);
      expect(isInvitationUsable({ ...fresh, expiresAt: new Date(now.getTime() + 1) }, now)).toBe(true);
    });
  });

  describe("slugify", () => {
    it.each([
      ["Kosmopolit Övre Norrland", "kosmopolit-ovre-norrland"],
      ["Skåne & Blekinge", "skane-blekinge"],
      ["  --Västra  Götaland--  ", "vastra-gotaland"],
      ["Kronoberg 2026", "kronoberg-2026"],
      ["ألمانيا", ""],
    ])("%j → %j", (name, slug) => expect(slugify(name)).toBe(slug));

    it("keeps slugs at 60 characters", () => expect(slugify("a".repeat(80))).toHaveLength(60));
  });
});
