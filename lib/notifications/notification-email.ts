import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { getPrisma } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import { quoted } from "./email-layout";
import { pageUrl } from "./links";
import { queueEmail } from "./outbox";
import { presentNotification } from "./present";

type Db = Prisma.TransactionClient | ReturnType<typeof getPrisma>;
const catalogueKey = (kind: string) => kind.replace(".", "_");

/**
 * Queues the email of a notification whose person chose "email at once", in the transaction
 * that records the notification. Subject and text are the notification's own message in the
 * person's language; the link leads to its subject. One email per notification.
 */
export async function queueNotificationEmail(db: Db, notification: { id: string; userId: string; kind: string; data: unknown }) {
  const locale = (await db.user.findUnique({ where: { id: notification.userId }, select: { locale: true } }))?.locale ?? "en";
  const presented = presentNotification(notification, locale);
  if (!presented) return false;
  const t = translatorFor(locale);
  const subject = t(`notifications.${presented.messageKey}`, presented.values);
  return queueEmail(db, {
    userId: notification.userId,
    idempotencyKey: `notification:${notification.id}:email`,
    notificationId: notification.id,
    unsubscribeKind: presented.kind,
    subject,
    content: {
      title: subject,
      ...(presented.message ? { intro: quoted(locale, presented.message) } : {}),
      action: { label: t("email.open"), url: pageUrl(locale, presented.href) },
    },
    reason: t("email.reasonKind", { kind: t(`notificationKinds.${catalogueKey(presented.kind)}`) }),
  });
}
