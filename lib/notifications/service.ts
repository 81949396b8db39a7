import "server-only";
import { getPrisma } from "@/lib/db/client";
import { parseInput } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import { announceNotificationCount } from "@/lib/realtime/publish";
import { queueNotificationEmail } from "./notification-email";
import { deliveriesFor } from "./preferences";
import { markReadSchema, notificationData, type NotificationData, type NotificationKind } from "./schema";

type Db = Prisma.TransactionClient | ReturnType<typeof getPrisma>;

/** Records a notification; pass the transaction that makes the change it reports. */
export async function notify<K extends NotificationKind>(db: Db, userId: string, kind: K, data: NotificationData<K>) {
  await notifyMany(db, [userId], kind, data);
}

/**
 * One notification per person, as each chose for this kind (preferences.ts): none when "off",
 * and an email queued in the same transaction for "email at once" (the digest collects the
 * rest). With `dedupeKey`, a sender that may run twice (a scheduled job, a retry, two
 * processes) records each person's notification — and so its email — at most once per key.
 */
export async function notifyMany<K extends NotificationKind>(db: Db, userIds: string[], kind: K, data: NotificationData<K>, options: { dedupeKey?: string } = {}) {
  if (!userIds.length) return 0;
  const parsed = notificationData[kind].parse(data);
  const deliveries = await deliveriesFor(db, userIds, kind);
  const wanted = userIds.filter((userId) => deliveries.get(userId) !== "OFF");
  if (!wanted.length) return 0;
  const created = await db.notification.createManyAndReturn({
    skipDuplicates: true,
    data: wanted.map((userId) => ({ userId, kind, data: parsed, dedupeKey: options.dedupeKey ? `${options.dedupeKey}:${userId}` : null })),
    select: { id: true, userId: true, kind: true, data: true },
  });
  for (const notification of created) if (deliveries.get(notification.userId) === "EMAIL_NOW") await queueNotificationEmail(db, notification);
  return created.length;
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
  await announceNotificationCount(actorId, await countUnread({ actorId }));
}
