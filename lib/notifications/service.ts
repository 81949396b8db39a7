import "server-only";
import { getPrisma } from "@/lib/db/client";
import { parseInput } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import { markReadSchema, notificationData, type NotificationData, type NotificationKind } from "./schema";

type Db = Prisma.TransactionClient | ReturnType<typeof getPrisma>;

/** Records a notification; pass the transaction that makes the change it reports. */
export async function notify<K extends NotificationKind>(db: Db, userId: string, kind: K, data: NotificationData<K>) {
  const parsed = notificationData[kind].parse(data);
  await db.notification.create({ data: { userId, kind, data: parsed } });
}

/**
 * One notification per person. With `dedupeKey`, a sender that may run twice (a scheduled
 * job, a retry, two processes) records each person's notification at most once per key.
 */
export async function notifyMany<K extends NotificationKind>(db: Db, userIds: string[], kind: K, data: NotificationData<K>, options: { dedupeKey?: string } = {}) {
  if (!userIds.length) return 0;
  const parsed = notificationData[kind].parse(data);
  const { count } = await db.notification.createMany({
    skipDuplicates: true,
    data: userIds.map((userId) => ({ userId, kind, data: parsed, dedupeKey: options.dedupeKey ? `${options.dedupeKey}:${userId}` : null })),
  });
  return count;
}

export async function listNotifications({ actorId, take = 50 }: { actorId: string; take?: number }) {
  return getPrisma().notification.findMany({
    where: { userId: actorId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, kind: true, data: true, readAt: true, createdAt: true },
  });
}

export async function countUnread({ actorId }: { actorId: string }) {
  return getPrisma().notification.count({ where: { userId: actorId, readAt: null } });
}

/** Marks one notification (or, without an id, all) of the actor as read; others' ids match nothing. */
export async function markRead({ actorId, ...input }: { actorId: string; id?: string }) {
  const { id } = parseInput(markReadSchema, input);
  await getPrisma().notification.updateMany({
    where: { userId: actorId, readAt: null, ...(id ? { id } : {}) },
    data: { readAt: new Date() },
  });
}
