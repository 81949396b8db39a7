import "server-only";
import { getPrisma } from "@/lib/db/client";
import { parseInput } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import { DIGEST_PREFERENCE, notificationKinds, preferencesSchema, type Delivery, type NotificationKind } from "./schema";

type Db = Prisma.TransactionClient | ReturnType<typeof getPrisma>;
export type PreferenceKind = NotificationKind | typeof DIGEST_PREFERENCE;

/**
 * What happens without a choice. Things people act on soon (a decision about them, a seat, a
 * reminder, an introduction, an answer) come by email at once; the organisers' queue of join
 * requests and chat mentions of busy channels wait for the weekly digest or the centre, so the
 * platform never nags.
 */
export const DEFAULT_DELIVERY: Record<PreferenceKind, Delivery> = {
  "network.join_requested": "EMAIL_DIGEST",
  "network.join_approved": "EMAIL_NOW",
  "network.join_declined": "EMAIL_NOW",
  "network.role_changed": "EMAIL_NOW",
  "network.removed": "EMAIL_NOW",
  "network.handed_over": "EMAIL_NOW",
  "introduction.requested": "EMAIL_NOW",
  "introduction.accepted": "EMAIL_NOW",
  "introduction.declined": "IN_APP",
  "knowledge.answered": "EMAIL_NOW",
  "knowledge.answer_accepted": "IN_APP",
  "knowledge.unpublished": "EMAIL_NOW",
  "event.promoted": "EMAIL_NOW",
  "event.reminder": "EMAIL_NOW",
  "event.cancelled": "EMAIL_NOW",
  "trip.changed": "EMAIL_NOW",
  "chat.mentioned": "IN_APP",
  [DIGEST_PREFERENCE]: "EMAIL_DIGEST",
};

export const preferenceKinds = [...notificationKinds, DIGEST_PREFERENCE] as PreferenceKind[];

/** Each person's delivery for one kind, defaults filled in. */
export async function deliveriesFor(db: Db, userIds: string[], kind: PreferenceKind): Promise<Map<string, Delivery>> {
  const chosen = await db.notificationPreference.findMany({ where: { userId: { in: userIds }, kind }, select: { userId: true, delivery: true } });
  const result = new Map(userIds.map((userId) => [userId, DEFAULT_DELIVERY[kind]]));
  for (const row of chosen) result.set(row.userId, row.delivery);
  return result;
}

/** The actor's choices for every kind, defaults filled in (the preferences page). */
export async function getPreferences({ actorId }: { actorId: string }): Promise<Record<PreferenceKind, Delivery>> {
  const chosen = await getPrisma().notificationPreference.findMany({ where: { userId: actorId }, select: { kind: true, delivery: true } });
  const result = { ...DEFAULT_DELIVERY };
  for (const row of chosen) if (row.kind in result) result[row.kind as PreferenceKind] = row.delivery;
  return result;
}

/** Saves the actor's choices; an unknown kind or delivery refuses the whole form and changes nothing. */
export async function setPreferences({ actorId, ...input }: { actorId: string; preferences: unknown }) {
  const preferences = parseInput(preferencesSchema, input.preferences);
  await getPrisma().$transaction(
    Object.entries(preferences).map(([kind, delivery]) =>
      getPrisma().notificationPreference.upsert({ where: { userId_kind: { userId: actorId, kind } }, create: { userId: actorId, kind, delivery }, update: { delivery } }),
    ),
  );
}

/** One kind's delivery for one person (the unsubscribe link sets it). */
export async function setDelivery(db: Db, userId: string, kind: PreferenceKind, delivery: Delivery) {
  await db.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, delivery }, update: { delivery } });
}
