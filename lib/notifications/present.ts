import { notificationData, type NotificationKind } from "./schema";

/** Where a notification leads and the values its message needs; unknown or stale rows are skipped. */
export function presentNotification(row: { kind: string; data: unknown }) {
  if (!(row.kind in notificationData)) return null;
  const kind = row.kind as NotificationKind;
  const parsed = notificationData[kind].safeParse(row.data);
  if (!parsed.success) return null;
  const data = parsed.data as Record<string, string | undefined> & { networkSlug: string };
  const href = kind === "network.join_requested" ? `/networks/${data.networkSlug}/manage` : `/networks/${data.networkSlug}`;
  // Catalogue keys cannot contain dots: network.join_approved → kind.network_join_approved.
  return { kind, messageKey: `kind.${kind.replace(".", "_")}`, data, href };
}
