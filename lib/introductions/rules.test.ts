import { describe, expect, it } from "vitest";
import { canMove, hasRoomForAnother, introductionAvailability, isFinal, MAX_PENDING_INTRODUCTIONS } from "./rules";

const statuses = ["PENDING", "ACCEPTED", "DECLINED", "WITHDRAWN"] as const;

describe("introduction state machine", () => {
  it("moves a pending request: the target accepts or declines, the asker withdraws", () => {
    const allowed = statuses.flatMap((from) =>
      statuses.flatMap((to) => (["asker", "target"] as const).filter((by) => canMove(from, to, by)).map((by) => `${from}→${to} by ${by}`)),
    );
    expect(allowed).toEqual(["PENDING→ACCEPTED by target", "PENDING→DECLINED by target", "PENDING→WITHDRAWN by asker"]);
  });

  it("keeps answered and withdrawn requests final", () => {
    expect(statuses.filter(isFinal)).toEqual(["ACCEPTED", "DECLINED", "WITHDRAWN"]);
  });
});

describe("pending cap", () => {
  it(`allows up to ${MAX_PENDING_INTRODUCTIONS} pending requests`, () => {
    expect(MAX_PENDING_INTRODUCTIONS).toBe(5);
    expect([0, 4, 5, 6].map(hasRoomForAnother)).toEqual([true, true, false, false]);
  });
});

describe("introductionAvailability", () => {
  const open = {
    signedIn: true,
    isSelf: false,
    askerIsNetworkMember: true,
    targetOpen: true,
    countries: ["DE", "VN"],
    pendingCountries: [],
    askerPendingCount: 0,
  };

  it("is available to a member asking an open member who knows a country not yet asked about", () => {
    expect(introductionAvailability(open)).toBeNull();
    expect(introductionAvailability({ ...open, pendingCountries: ["VN"], askerPendingCount: 4 })).toBeNull();
  });

  it.each([
    [{ signedIn: false }, "signedOut"],
    [{ isSelf: true }, "self"],
    [{ askerIsNetworkMember: false }, "membersOnly"],
    [{ targetOpen: false }, "notOpen"],
    [{ countries: [] }, "noCountries"],
    [{ pendingCountries: ["DE", "VN"], askerPendingCount: 2 }, "allPending"],
    [{ askerPendingCount: MAX_PENDING_INTRODUCTIONS }, "limitReached"],
  ] as const)("%o → %s", (change, reason) => {
    expect(introductionAvailability({ ...open, ...change })).toBe(reason);
  });

  it("gives the most fundamental reason first", () => {
    expect(introductionAvailability({ ...open, targetOpen: false, askerPendingCount: 9 })).toBe("notOpen");
    expect(introductionAvailability({ ...open, pendingCountries: ["DE", "VN"], askerPendingCount: 9 })).toBe("allPending");
  });
});
