import { countryName } from "@/lib/i18n/display-names";
import { notificationData, type NotificationKind } from "./schema";

type Presented = {
  href: string;
  /** The values the kind's catalogue message needs (names, a country in the reader's language). */
  values: Record<string, string>;
  /** A quoted note from the person who acted (a decision message, an introduction response). */
  message?: string;
};

const introductions = (name: string, country: string, locale: string, message?: string): Presented => ({
  href: "/introductions",
  values: { name, country: countryName(locale, country) },
  message,
});

function present(kind: NotificationKind, data: Record<string, string | undefined>, locale: string): Presented {
  switch (kind) {
    case "introduction.requested":
      return introductions(data.askerName ?? "", data.country ?? "", locale);
    case "introduction.accepted":
    case "introduction.declined":
      return introductions(data.targetName ?? "", data.country ?? "", locale, data.message);
    case "knowledge.answered":
    case "knowledge.answer_accepted":
    case "knowledge.unpublished":
      return { href: `/knowledge/${data.itemId}`, values: { title: data.title ?? "", name: data.answererName ?? "" }, message: data.message };
    case "event.promoted":
    case "event.reminder":
    case "event.cancelled":
    case "trip.changed":
      return { href: `/events/${data.eventId}`, values: { title: data.title ?? "" } };
    case "chat.mentioned":
      return { href: `/chat/${data.channelId}`, values: { name: data.authorName ?? "", channel: data.channelName ?? "" }, message: data.excerpt };
    default:
      return {
        href: kind === "network.join_requested" ? `/networks/${data.networkSlug}/manage` : `/networks/${data.networkSlug}`,
        values: { network: data.networkName ?? "", name: data.requesterName ?? "", role: data.role ?? "" },
        message: data.message,
      };
  }
}

/** Where a notification leads and the values its message needs; unknown or stale rows are skipped. */
export function presentNotification(row: { kind: string; data: unknown }, locale = "en") {
  if (!(row.kind in notificationData)) return null;
  const kind = row.kind as NotificationKind;
  const parsed = notificationData[kind].safeParse(row.data);
  if (!parsed.success) return null;
  const data = parsed.data as Record<string, string | undefined>;
  // Catalogue keys cannot contain dots: network.join_approved → kind.network_join_approved.
  return { kind, messageKey: `kind.${kind.replace(".", "_")}`, data, ...present(kind, data, locale) };
}
