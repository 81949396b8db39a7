import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ChannelKind } from "@/lib/realtime/events";
import type { getPrisma } from "@/lib/db/client";
import { canModerateNetwork, canSendIn, isNetworkParticipant, takesPartInEvent } from "./rules";

export type Db = Prisma.TransactionClient | ReturnType<typeof getPrisma>;

/** A channel as one person may use it; null when they may not. */
export interface ChannelAccess {
  id: string;
  /** The person this access was decided for. */
  viewerId: string;
  kind: ChannelKind;
  name: string;
  networkId: string | null;
  networkSlug: string | null;
  eventId: string | null;
  otherUserId: string | null;
  lastSeq: number;
  canSend: boolean;
  canModerate: boolean;
}

export const channelFacts = (actorId: string) =>
  ({
    id: true,
    kind: true,
    networkId: true,
    eventId: true,
    userAId: true,
    userBId: true,
    lastSeq: true,
    network: { select: { slug: true, name: true, status: true, memberships: { where: { userId: actorId }, select: { role: true } } } },
    event: {
      select: {
        title: true,
        createdById: true,
        status: true,
        rsvps: { where: { userId: actorId }, select: { status: true } },
        trip: { select: { leaders: { where: { userId: actorId }, select: { userId: true } } } },
      },
    },
    userA: { select: { name: true, status: true } },
    userB: { select: { name: true, status: true } },
  }) satisfies Prisma.ChatChannelSelect;

type ChannelFacts = Prisma.ChatChannelGetPayload<{ select: ReturnType<typeof channelFacts> }>;

/**
 * Whether `actorId` may read the channel, and what else they may do there. Asked on every
 * join, history page, send, edit and delete, so a removal from a network, a cancelled RSVP or
 * a blocked account takes effect on the very next attempt.
 */
export async function channelAccess(db: Db, actorId: string, channelId: string): Promise<ChannelAccess | null> {
  const channel = await db.chatChannel.findUnique({ where: { id: channelId }, select: channelFacts(actorId) });
  return channel ? decideAccess(channel, actorId) : null;
}

export function decideAccess(channel: ChannelFacts, actorId: string): ChannelAccess | null {
  const base = { id: channel.id, viewerId: actorId, kind: channel.kind, networkId: channel.networkId, eventId: channel.eventId, lastSeq: channel.lastSeq };
  if (channel.kind === "DIRECT") {
    const isA = channel.userAId === actorId;
    if (!isA && channel.userBId !== actorId) return null;
    const other = isA ? channel.userB : channel.userA;
    if (!other) return null;
    const otherActive = other.status === "ACTIVE";
    return { ...base, name: other.name, networkSlug: null, otherUserId: isA ? channel.userBId : channel.userAId, canSend: otherActive, canModerate: false };
  }
  const network = channel.network;
  if (!network) return null;
  const role = network.memberships[0]?.role;
  if (!isNetworkParticipant(role)) return null;
  const canModerate = canModerateNetwork(role, network.status);
  const shared = { ...base, networkSlug: network.slug, otherUserId: null, canModerate };
  if (channel.kind === "NETWORK") return { ...shared, name: network.name, canSend: canSendIn(network.status) };
  const event = channel.event;
  if (!event) return null;
  const takesPart = takesPartInEvent({
    role,
    networkStatus: network.status,
    rsvp: event.rsvps[0]?.status ?? null,
    isLeader: Boolean(event.trip?.leaders.length),
    isCreator: event.createdById === actorId,
  });
  if (!takesPart) return null;
  return { ...shared, name: event.title, canSend: canSendIn(network.status) && event.status !== "CANCELLED" };
}
