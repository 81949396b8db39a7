import { z } from "zod";

// Kinds of in-app notification and the data each carries. Later capabilities add kinds
// here; the notification list renders each with a message of the `notifications` namespace.
export const notificationData = {
  "network.join_requested": z.object({ networkSlug: z.string(), networkName: z.string(), requesterName: z.string() }),
  "network.join_approved": z.object({ networkSlug: z.string(), networkName: z.string(), message: z.string().optional() }),
  "network.join_declined": z.object({ networkSlug: z.string(), networkName: z.string(), message: z.string().optional() }),
  "network.role_changed": z.object({ networkSlug: z.string(), networkName: z.string(), role: z.enum(["MEMBER", "ORGANISER"]) }),
  "network.removed": z.object({ networkSlug: z.string(), networkName: z.string() }),
  "network.handed_over": z.object({ networkSlug: z.string(), networkName: z.string() }),
  // Introductions (lib/introductions): `country` is an ISO 3166-1 alpha-2 code, named in the reader's language.
  "introduction.requested": z.object({ introductionId: z.string(), askerName: z.string(), country: z.string().length(2) }),
  "introduction.accepted": z.object({ introductionId: z.string(), targetName: z.string(), country: z.string().length(2), message: z.string().optional() }),
  "introduction.declined": z.object({ introductionId: z.string(), targetName: z.string(), country: z.string().length(2), message: z.string().optional() }),
  // Knowledge bank (lib/knowledge).
  "knowledge.answered": z.object({ itemId: z.string(), title: z.string(), answererName: z.string() }),
  "knowledge.answer_accepted": z.object({ itemId: z.string(), title: z.string() }),
  "knowledge.unpublished": z.object({ itemId: z.string(), title: z.string(), message: z.string().optional() }),
  // Events and trips (lib/events).
  "event.promoted": z.object({ eventId: z.string(), title: z.string() }),
  "event.reminder": z.object({ eventId: z.string(), title: z.string(), startsAt: z.string() }),
  "event.cancelled": z.object({ eventId: z.string(), title: z.string() }),
  "trip.changed": z.object({ eventId: z.string(), title: z.string() }),
  // Chat (lib/chat): someone wrote "@Name" in a channel the person is in.
  "chat.mentioned": z.object({ channelId: z.string(), channelName: z.string(), authorName: z.string(), excerpt: z.string() }),
} as const;

export type NotificationKind = keyof typeof notificationData;
export type NotificationData<K extends NotificationKind> = z.infer<(typeof notificationData)[K]>;
export const notificationKinds = Object.keys(notificationData) as NotificationKind[];

export const markReadSchema = z.object({ id: z.string().min(1).max(64).optional() });

/** What the person may choose for each kind; "digest" is the weekly digest itself (on or off). */
export const DIGEST_PREFERENCE = "digest";
export const deliveries = ["IN_APP", "EMAIL_NOW", "EMAIL_DIGEST", "OFF"] as const;
export type Delivery = (typeof deliveries)[number];

/** The preferences form: `kind → delivery` for known kinds only; anything else is refused. */
export const preferencesSchema = z
  .record(z.string(), z.enum(deliveries, { error: "validation.invalid" }))
  .refine((entries) => Object.keys(entries).every((kind) => kind === DIGEST_PREFERENCE || Object.hasOwn(notificationData, kind)), "validation.unknownNotificationKind")
  .refine((entries) => !(DIGEST_PREFERENCE in entries) || ["EMAIL_DIGEST", "OFF"].includes(entries[DIGEST_PREFERENCE]!), "validation.invalid");
