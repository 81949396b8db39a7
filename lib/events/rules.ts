import type { EventKind, NetworkRole, NetworkStatus, RsvpStatus } from "@/generated/prisma/enums";

// Pure decisions about events, RSVPs and the waitlist; the services load the facts.

/** Organisers manage their network's events; while a network is forming, its facilitator does. */
export const canManageEvents = (role: NetworkRole | null | undefined, status: NetworkStatus) => role === "ORGANISER" || (role === "FACILITATOR" && status === "FORMING");

export const isParticipantRole = (role: NetworkRole | null | undefined) => role === "MEMBER" || role === "ORGANISER" || role === "FACILITATOR";

/** Members of the network see all its events; everyone else sees the public ones. */
export const canSeeEvent = (event: { visibility: "NETWORK" | "PUBLIC" }, role: NetworkRole | null | undefined) => event.visibility === "PUBLIC" || isParticipantRole(role);

export type RsvpChoice = "GOING" | "INTERESTED" | "DECLINED";

/**
 * Where a person's answer puts them. Asking to go to a full event puts them on the waitlist;
 * someone already going or already waiting keeps their place.
 */
export function rsvpOutcome(choice: RsvpChoice, current: RsvpStatus | null, capacity: number | null, going: number): RsvpStatus {
  if (choice !== "GOING") return choice;
  if (current === "GOING" || current === "WAITLISTED") return current;
  return capacity === null || going < capacity ? "GOING" : "WAITLISTED";
}

/** How many of the waitlist move up: the seats left, never more than are waiting. */
export const seatsToFill = (capacity: number | null, going: number, waiting: number) => (capacity === null ? waiting : Math.max(0, Math.min(capacity - going, waiting)));

/** After the deadline nobody newly commits; cancelling stays possible until the start. */
export function rsvpRefusal(choice: RsvpChoice, event: { status: "SCHEDULED" | "CANCELLED"; startsAt: Date; rsvpDeadline: Date | null }, now: Date): string | null {
  if (event.status === "CANCELLED") return "eventCancelled";
  if (event.startsAt.getTime() <= now.getTime()) return "eventStarted";
  if (choice !== "DECLINED" && event.rsvpDeadline && event.rsvpDeadline.getTime() < now.getTime()) return "rsvpDeadlinePassed";
  return null;
}

export const isTrip = (kind: EventKind) => kind === "BUSINESS_TRIP";

/** A start-up meeting that has ended can be recorded as one of the forming network's three. */
export const canRecordAsHeld = (event: { kind: EventKind; endsAt: Date; status: "SCHEDULED" | "CANCELLED" }, networkStatus: NetworkStatus, now: Date) =>
  event.kind === "STARTUP_MEETING" && event.status === "SCHEDULED" && networkStatus === "FORMING" && event.endsAt.getTime() <= now.getTime();
