import type { IntroductionStatus } from "@/generated/prisma/enums";

// Pure decisions about introductions; the service applies them under a lock, the profile
// panel uses them to explain beforehand why a request is not possible.

/** Requests one person may have waiting for an answer at once, so nobody floods the members. */
export const MAX_PENDING_INTRODUCTIONS = 5;
export const REASON_MIN = 10;
export const REASON_MAX = 500;
export const RESPONSE_MAX = 500;

export type IntroductionParty = "asker" | "target";

/**
 * The state machine: only a PENDING request moves, once. The target answers it (ACCEPTED or
 * DECLINED), the asker may withdraw it; every other state is final.
 */
const moves: Record<IntroductionStatus, Partial<Record<IntroductionStatus, IntroductionParty>>> = {
  PENDING: { ACCEPTED: "target", DECLINED: "target", WITHDRAWN: "asker" },
  ACCEPTED: {},
  DECLINED: {},
  WITHDRAWN: {},
};

export const canMove = (from: IntroductionStatus, to: IntroductionStatus, by: IntroductionParty) => moves[from][to] === by;

export const isFinal = (status: IntroductionStatus) => Object.keys(moves[status]).length === 0;

export const hasRoomForAnother = (pendingCount: number) => pendingCount < MAX_PENDING_INTRODUCTIONS;

/** Why a viewer cannot ask a member for an introduction right now, most fundamental first. */
export type Unavailable = "signedOut" | "self" | "membersOnly" | "notOpen" | "noCountries" | "allPending" | "limitReached";

export function introductionAvailability(input: {
  signedIn: boolean;
  isSelf: boolean;
  askerIsNetworkMember: boolean;
  targetOpen: boolean;
  /** Countries the target knows that the asker may see. */
  countries: readonly string[];
  /** Of those, the ones the asker already has a pending request about with this target. */
  pendingCountries: readonly string[];
  askerPendingCount: number;
}): Unavailable | null {
  if (!input.signedIn) return "signedOut";
  if (input.isSelf) return "self";
  if (!input.askerIsNetworkMember) return "membersOnly";
  if (!input.targetOpen) return "notOpen";
  if (input.countries.length === 0) return "noCountries";
  const pending = new Set(input.pendingCountries);
  if (input.countries.every((country) => pending.has(country))) return "allPending";
  if (!hasRoomForAnother(input.askerPendingCount)) return "limitReached";
  return null;
}
