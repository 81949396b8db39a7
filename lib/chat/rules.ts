import type { NetworkRole, NetworkStatus, RsvpStatus } from "@/generated/prisma/enums";

// Pure decisions about chat; the services load the facts.

/** At most this many messages per person in this many seconds, over all channels. */
export const SEND_LIMIT = { points: 20, seconds: 10 } as const;

/** Unread counts stop at this number ("99+" in the interface). */
export const UNREAD_CAP = 100;

/** A pair of people has one direct channel: the smaller id is always user A (byte order, as the database's COLLATE "C" check; ids are ASCII). */
export function directPair(first: string, second: string): { userAId: string; userBId: string } {
  return first < second ? { userAId: first, userBId: second } : { userAId: second, userBId: first };
}

/** Anyone in a network talks in its channel; organisers (and a forming network's facilitator) moderate it. */
export const isNetworkParticipant = (role: NetworkRole | null | undefined) => role === "MEMBER" || role === "ORGANISER" || role === "FACILITATOR";
export const canModerateNetwork = (role: NetworkRole | null | undefined, status: NetworkStatus) => role === "ORGANISER" || (role === "FACILITATOR" && status === "FORMING");

/**
 * An event's channel is for the people taking part: those going (or waiting for a seat), the
 * trip's leaders, the person who created it, and the network's moderators, who must be able
 * to read what they answer for. Everyone must still belong to the network.
 */
export function takesPartInEvent(facts: { role: NetworkRole | null | undefined; networkStatus: NetworkStatus; rsvp: RsvpStatus | null; isLeader: boolean; isCreator: boolean }) {
  if (!isNetworkParticipant(facts.role)) return false;
  return facts.rsvp === "GOING" || facts.rsvp === "WAITLISTED" || facts.isLeader || facts.isCreator || canModerateNetwork(facts.role, facts.networkStatus);
}

/** An archived network's channels stay readable but take no new messages. */
export const canSendIn = (networkStatus: NetworkStatus | null) => networkStatus !== "ARCHIVED";

/** Only the author edits a message; the author or a moderator of the channel deletes it. Deleted messages stay deleted. */
export const canEditMessage = (message: { authorId: string; deletedAt: Date | null }, actorId: string) => message.deletedAt === null && message.authorId === actorId;
export const canDeleteMessage = (message: { authorId: string; deletedAt: Date | null }, actorId: string, canModerate: boolean) =>
  message.deletedAt === null && (message.authorId === actorId || canModerate);
