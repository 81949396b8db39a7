import { describe, expect, it } from "vitest";
import { canDeleteMessage, canEditMessage, canModerateNetwork, canSendIn, directPair, takesPartInEvent } from "./rules";

describe("chat rules", () => {
  it("orders a direct pair the same way whoever starts", () => {
    expect(directPair("b", "a")).toEqual({ userAId: "a", userBId: "b" });
    expect(directPair("a", "b")).toEqual({ userAId: "a", userBId: "b" });
  });

  it("lets organisers moderate, and a facilitator only while the network is forming", () => {
    expect(canModerateNetwork("ORGANISER", "ACTIVE")).toBe(true);
    expect(canModerateNetwork("FACILITATOR", "FORMING")).toBe(true);
    expect(canModerateNetwork("FACILITATOR", "ACTIVE")).toBe(false);
    expect(canModerateNetwork("MEMBER", "FORMING")).toBe(false);
    expect(canModerateNetwork(null, "ACTIVE")).toBe(false);
  });

  it("counts people going, waiting, leading, who created the event, and moderators as taking part — all within the network", () => {
    const base = { role: "MEMBER" as const, networkStatus: "ACTIVE" as const, rsvp: null, isLeader: false, isCreator: false };
    expect(takesPartInEvent(base)).toBe(false);
    expect(takesPartInEvent({ ...base, rsvp: "GOING" })).toBe(true);
    expect(takesPartInEvent({ ...base, rsvp: "WAITLISTED" })).toBe(true);
    expect(takesPartInEvent({ ...base, rsvp: "INTERESTED" })).toBe(false);
    expect(takesPartInEvent({ ...base, rsvp: "DECLINED" })).toBe(false);
    expect(takesPartInEvent({ ...base, isLeader: true })).toBe(true);
    expect(takesPartInEvent({ ...base, isCreator: true })).toBe(true);
    expect(takesPartInEvent({ ...base, role: "ORGANISER" })).toBe(true);
    expect(takesPartInEvent({ ...base, role: null, rsvp: "GOING" })).toBe(false);
  });

  it("keeps archived networks' channels read-only", () => {
    expect(canSendIn("ARCHIVED")).toBe(false);
    expect(canSendIn("ACTIVE")).toBe(true);
    expect(canSendIn(null)).toBe(true);
  });

  it("lets only authors edit, authors and moderators delete, and nobody touch a deleted message", () => {
    const message = { authorId: "me", deletedAt: null };
    expect(canEditMessage(message, "me")).toBe(true);
    expect(canEditMessage(message, "you")).toBe(false);
    expect(canDeleteMessage(message, "you", false)).toBe(false);
    expect(canDeleteMessage(message, "you", true)).toBe(true);
    const deleted = { authorId: "me", deletedAt: new Date() };
    expect(canEditMessage(deleted, "me")).toBe(false);
    expect(canDeleteMessage(deleted, "me", true)).toBe(false);
  });
});
