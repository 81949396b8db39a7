import { describe, expect, it } from "vitest";
import type { NetworkRole, NetworkStatus, RsvpStatus } from "@/generated/prisma/enums";
import { canManageEvents, canRecordAsHeld, canSeeEvent, isParticipantRole, isTrip, rsvpOutcome, rsvpRefusal, seatsToFill, type RsvpChoice } from "./rules";

const roles: (NetworkRole | null)[] = ["ORGANISER", "FACILITATOR", "MEMBER", null];
const statuses: NetworkStatus[] = ["FORMING", "ACTIVE", "ARCHIVED"];

describe("who manages and who sees events", () => {
  it("organisers manage events; a facilitator only while the network is forming", () => {
    const allowed = statuses.flatMap((status) => roles.filter((role) => canManageEvents(role, status)).map((role) => `${role}@${status}`));
    expect(allowed).toEqual(["ORGANISER@FORMING", "FACILITATOR@FORMING", "ORGANISER@ACTIVE", "ORGANISER@ARCHIVED"]);
    expect(canManageEvents(undefined, "FORMING")).toBe(false);
  });

  it("the network's people see its network events; everyone sees public ones", () => {
    expect(roles.map((role) => canSeeEvent({ visibility: "NETWORK" }, role))).toEqual([true, true, true, false]);
    expect(roles.map((role) => canSeeEvent({ visibility: "PUBLIC" }, role))).toEqual([true, true, true, true]);
    expect(canSeeEvent({ visibility: "NETWORK" }, undefined)).toBe(false);
    expect(roles.map(isParticipantRole)).toEqual([true, true, true, false]);
  });

  it("only a business trip is a trip", () => {
    expect((["STARTUP_MEETING", "NETWORK_MEETING", "WORKSHOP", "EXPORT_CLUB", "BUSINESS_TRIP", "SOCIAL"] as const).filter(isTrip)).toEqual(["BUSINESS_TRIP"]);
  });
});

describe("rsvpOutcome", () => {
  const currents: (RsvpStatus | null)[] = [null, "GOING", "WAITLISTED", "INTERESTED", "DECLINED"];

  it("going takes a free seat, or joins the waitlist when the event is full", () => {
    for (const current of [null, "INTERESTED", "DECLINED"] as const) {
      expect(rsvpOutcome("GOING", current, 10, 9)).toBe("GOING");
      expect(rsvpOutcome("GOING", current, 10, 10)).toBe("WAITLISTED");
      expect(rsvpOutcome("GOING", current, 1, 0)).toBe("GOING");
      expect(rsvpOutcome("GOING", current, 1, 1)).toBe("WAITLISTED");
    }
  });

  it("someone already going or waiting keeps their place, full or not", () => {
    for (const going of [0, 1, 2, 3]) {
      expect(rsvpOutcome("GOING", "GOING", 2, going)).toBe("GOING");
      expect(rsvpOutcome("GOING", "WAITLISTED", 2, going)).toBe("WAITLISTED");
    }
  });

  it("an event without a capacity never waitlists", () => {
    for (const current of currents) expect(rsvpOutcome("GOING", current, null, 10_000)).toBe(current === "WAITLISTED" ? "WAITLISTED" : "GOING");
  });

  it("interested and declined are taken as they are, from any state", () => {
    for (const choice of ["INTERESTED", "DECLINED"] as RsvpChoice[]) {
      for (const current of currents) for (const capacity of [null, 0, 1, 5]) expect(rsvpOutcome(choice, current, capacity, 5)).toBe(choice);
    }
  });

  it("over capacity (after an edit made elsewhere) still waitlists newcomers", () => {
    expect(rsvpOutcome("GOING", null, 2, 3)).toBe("WAITLISTED");
  });
});

describe("seatsToFill", () => {
  it.each([
    [2, 2, 3, 0], // full
    [4, 2, 3, 2], // two seats, three waiting
    [4, 2, 1, 1], // more seats than waiting
    [4, 2, 0, 0], // nobody waiting
    [2, 3, 5, 0], // over capacity: never negative
    [1, 0, 1, 1],
  ])("capacity %i, %i going, %i waiting → %i", (capacity, going, waiting, seats) => {
    expect(seatsToFill(capacity, going, waiting)).toBe(seats);
  });

  it("without a capacity everyone waiting moves up", () => {
    expect([0, 1, 7].map((waiting) => seatsToFill(null, 100, waiting))).toEqual([0, 1, 7]);
  });
});

describe("rsvpRefusal", () => {
  const now = new Date("2027-05-10T12:00:00Z");
  const at = (offsetMinutes: number) => new Date(now.getTime() + offsetMinutes * 60_000);
  const event = (overrides: Partial<{ status: "SCHEDULED" | "CANCELLED"; startsAt: Date; rsvpDeadline: Date | null }> = {}) => ({ status: "SCHEDULED" as const, startsAt: at(60 * 24), rsvpDeadline: null, ...overrides });
  const choices: RsvpChoice[] = ["GOING", "INTERESTED", "DECLINED"];

  it("allows every answer before the deadline and the start", () => {
    expect(choices.map((choice) => rsvpRefusal(choice, event(), now))).toEqual([null, null, null]);
    expect(choices.map((choice) => rsvpRefusal(choice, event({ rsvpDeadline: at(1) }), now))).toEqual([null, null, null]);
  });

  it("the deadline moment itself is still in time", () => {
    expect(rsvpRefusal("GOING", event({ rsvpDeadline: now }), now)).toBeNull();
  });

  it("after the deadline nobody newly commits, but declining stays possible", () => {
    expect(choices.map((choice) => rsvpRefusal(choice, event({ rsvpDeadline: at(-1) }), now))).toEqual(["rsvpDeadlinePassed", "rsvpDeadlinePassed", null]);
  });

  it("refuses everything once the event has started (from its start instant)", () => {
    for (const startsAt of [now, at(-1), at(-60 * 24)]) expect(choices.map((choice) => rsvpRefusal(choice, event({ startsAt }), now))).toEqual(["eventStarted", "eventStarted", "eventStarted"]);
    expect(rsvpRefusal("DECLINED", event({ startsAt: at(-1), rsvpDeadline: at(-10) }), now)).toBe("eventStarted");
  });

  it("refuses everything about a cancelled event, whatever the dates", () => {
    for (const overrides of [{}, { startsAt: at(-1) }, { rsvpDeadline: at(-1) }]) {
      expect(choices.map((choice) => rsvpRefusal(choice, event({ status: "CANCELLED", ...overrides }), now))).toEqual(["eventCancelled", "eventCancelled", "eventCancelled"]);
    }
  });
});

describe("canRecordAsHeld", () => {
  const now = new Date("2027-05-10T12:00:00Z");
  const meeting = { kind: "STARTUP_MEETING" as const, endsAt: new Date("2027-05-10T11:00:00Z"), status: "SCHEDULED" as const };

  it("records an ended, scheduled start-up meeting of a forming network", () => {
    expect(canRecordAsHeld(meeting, "FORMING", now)).toBe(true);
    expect(canRecordAsHeld({ ...meeting, endsAt: now }, "FORMING", now)).toBe(true);
  });

  it("not before it has ended, not when cancelled, not other kinds, not once the network is active", () => {
    expect(canRecordAsHeld({ ...meeting, endsAt: new Date(now.getTime() + 1) }, "FORMING", now)).toBe(false);
    expect(canRecordAsHeld({ ...meeting, status: "CANCELLED" }, "FORMING", now)).toBe(false);
    expect(canRecordAsHeld({ ...meeting, kind: "NETWORK_MEETING" }, "FORMING", now)).toBe(false);
    expect(canRecordAsHeld(meeting, "ACTIVE", now)).toBe(false);
    expect(canRecordAsHeld(meeting, "ARCHIVED", now)).toBe(false);
  });
});
