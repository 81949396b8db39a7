import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import type { ChannelSummary } from "@/lib/realtime/events";
import { channelAccess, channelFacts, decideAccess, type ChannelAccess, type Db } from "./access";
import { UNREAD_CAP } from "./rules";
import { channelRefSchema, eventRefSchema } from "./schema";

// Channels come into being when someone first needs them (listing, opening an event's chat),
// so networks, events and introductions need not know about chat.

/** Event channels are listed from the day they are created until two weeks after the event. */
const EVENT_CHANNEL_LISTED_FOR_DAYS = 14;

async function ensureNetworkChannels(db: Db, actorId: string) {
  await db.$executeRaw`
    INSERT INTO "ChatChannel" ("id", "kind", "networkId")
    SELECT gen_random_uuid()::text, 'NETWORK', m."networkId"
    FROM "Membership" m JOIN "Network" n ON n."id" = m."networkId" AND n."status" <> 'ARCHIVED'
    WHERE m."userId" = ${actorId}
    ON CONFLICT ("networkId") WHERE "kind" = 'NETWORK' DO NOTHING`;
}

/** The events the actor takes part in that are still listed (see takesPartInEvent). */
async function ensureEventChannels(db: Db, actorId: string) {
  await db.$executeRaw`
    INSERT INTO "ChatChannel" ("id", "kind", "networkId", "eventId")
    SELECT gen_random_uuid()::text, 'EVENT', e."networkId", e."id"
    FROM "Event" e
    JOIN "Membership" m ON m."networkId" = e."networkId" AND m."userId" = ${actorId}
    JOIN "Network" n ON n."id" = e."networkId" AND n."status" <> 'ARCHIVED'
    WHERE e."endsAt" > now() - make_interval(days => ${EVENT_CHANNEL_LISTED_FOR_DAYS})
      AND (
        e."createdById" = ${actorId}
        OR m."role" = 'ORGANISER' OR (m."role" = 'FACILITATOR' AND n."status" = 'FORMING')
        OR EXISTS (SELECT 1 FROM "Rsvp" r WHERE r."eventId" = e."id" AND r."userId" = ${actorId} AND r."status" IN ('GOING', 'WAITLISTED'))
        OR EXISTS (SELECT 1 FROM "TripLeader" l WHERE l."eventId" = e."id" AND l."userId" = ${actorId})
      )
    ON CONFLICT ("eventId") DO NOTHING`;
}

/** Direct channels for the actor's accepted introductions (DESIGN.md: acceptance opens a direct chat). */
async function ensureIntroductionChannels(db: Db, actorId: string) {
  await db.$executeRaw`
    INSERT INTO "ChatChannel" ("id", "kind", "userAId", "userBId")
    SELECT DISTINCT ON (1, 2) gen_random_uuid()::text, 'DIRECT'::"ChatChannelKind", pair.a, pair.b
    FROM (
      SELECT LEAST(i."askerId" COLLATE "C", i."targetId" COLLATE "C") AS a, GREATEST(i."askerId" COLLATE "C", i."targetId" COLLATE "C") AS b
      FROM "Introduction" i WHERE i."status" = 'ACCEPTED' AND (i."askerId" = ${actorId} OR i."targetId" = ${actorId})
    ) pair
    ON CONFLICT ("userAId", "userBId") DO NOTHING`;
}

/** Unread messages (by others, not deleted) per channel, capped at UNREAD_CAP. */
export async function unreadCounts(db: Db, actorId: string, channelIds: string[]): Promise<Map<string, { unread: number; lastReadSeq: number }>> {
  if (!channelIds.length) return new Map();
  const rows = await db.$queryRaw<{ id: string; lastReadSeq: number; unread: number }[]>`
    SELECT c."id", COALESCE(rs."lastReadSeq", 0) AS "lastReadSeq",
      (SELECT count(*)::int FROM (
        SELECT 1 FROM "ChatMessage" msg
        WHERE msg."channelId" = c."id" AND msg."seq" > COALESCE(rs."lastReadSeq", 0) AND msg."authorId" <> ${actorId} AND msg."deletedAt" IS NULL
        LIMIT ${UNREAD_CAP}) capped) AS "unread"
    FROM "ChatChannel" c LEFT JOIN "ChatReadState" rs ON rs."channelId" = c."id" AND rs."userId" = ${actorId}
    WHERE c."id" IN (${Prisma.join(channelIds)})`;
  return new Map(rows.map((row) => [row.id, { unread: row.unread, lastReadSeq: row.lastReadSeq }]));
}

export function toSummary(access: ChannelAccess, counts: { unread: number; lastReadSeq: number } | undefined): ChannelSummary {
  return {
    id: access.id,
    kind: access.kind,
    name: access.name,
    networkSlug: access.networkSlug,
    otherUserId: access.otherUserId,
    eventId: access.eventId,
    lastSeq: access.lastSeq,
    lastReadSeq: counts?.lastReadSeq ?? 0,
    unread: counts?.unread ?? 0,
    canSend: access.canSend,
    canModerate: access.canModerate,
  };
}

const KIND_ORDER = { NETWORK: 0, EVENT: 1, DIRECT: 2 } as const;

/** The actor's channels (contract of GET /api/v1/chat/channels): their networks, the events they take part in, their conversations. */
export async function listChannels({ actorId }: { actorId: string }): Promise<ChannelSummary[]> {
  const db = getPrisma();
  await ensureNetworkChannels(db, actorId);
  await ensureEventChannels(db, actorId);
  await ensureIntroductionChannels(db, actorId);

  const since = new Date(Date.now() - EVENT_CHANNEL_LISTED_FOR_DAYS * 24 * 60 * 60 * 1000);
  const candidates = await db.chatChannel.findMany({
    where: {
      OR: [
        { kind: "NETWORK", network: { status: { not: "ARCHIVED" }, memberships: { some: { userId: actorId } } } },
        { kind: "EVENT", event: { endsAt: { gt: since } }, network: { status: { not: "ARCHIVED" }, memberships: { some: { userId: actorId } } } },
        { kind: "DIRECT", OR: [{ userAId: actorId }, { userBId: actorId }] },
      ],
    },
    select: channelFacts(actorId),
  });
  const accesses = candidates.map((channel) => decideAccess(channel, actorId)).filter((access) => access !== null);
  const counts = await unreadCounts(db, actorId, accesses.map((access) => access.id));
  return accesses
    .map((access) => toSummary(access, counts.get(access.id)))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** One channel as the actor sees it; NOT_FOUND when they may not read it. */
export async function getChannelSummary({ actorId, ...input }: { actorId: string; channelId: unknown }): Promise<ChannelSummary> {
  const { channelId } = parseInput(channelRefSchema, input);
  const db = getPrisma();
  const access = await channelAccess(db, actorId, channelId);
  if (!access) throw new AppError("NOT_FOUND", "chatChannelNotFound");
  return toSummary(access, (await unreadCounts(db, actorId, [access.id])).get(access.id));
}

/** The id of the event's channel when the actor takes part in the event (created on first use), else null. */
export async function eventChannelFor({ actorId, ...input }: { actorId: string; eventId: unknown }): Promise<string | null> {
  const { eventId } = parseInput(eventRefSchema, input);
  const db = getPrisma();
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, networkId: true } });
  if (!event) return null;
  const channel = await db.chatChannel.upsert({
    where: { eventId: event.id },
    create: { kind: "EVENT", eventId: event.id, networkId: event.networkId },
    update: {},
    select: { id: true },
  });
  return (await channelAccess(db, actorId, channel.id)) ? channel.id : null;
}
