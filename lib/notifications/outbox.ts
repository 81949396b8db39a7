import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { getPrisma } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import { renderHtml, renderText, type EmailContent } from "./email-layout";
import { preferencesUrl, unsubscribeUrl } from "./links";
import type { PreferenceKind } from "./preferences";
import { createUnsubscribeToken } from "./unsubscribe-token";

type Db = Prisma.TransactionClient | ReturnType<typeof getPrisma>;

export interface OutgoingEmail {
  userId: string;
  /** Unique per email: a second queueing with the same key is ignored (never sent twice). */
  idempotencyKey: string;
  notificationId?: string;
  /** The preference the footer's unsubscribe link switches off. */
  unsubscribeKind: PreferenceKind;
  subject: string;
  /** Everything but the footer, which is the same for every email. */
  content: Omit<EmailContent, "locale" | "footer">;
  /** Why the person got it, in their language (the footer's first line). */
  reason: string;
}

/**
 * Writes an email to the outbox in the caller's transaction; the job queue sends it after the
 * commit (lib/notifications/email-jobs.ts). Returns false when the key was queued before or the
 * person has no active account.
 */
export async function queueEmail(db: Db, email: OutgoingEmail): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: email.userId }, select: { email: true, locale: true, status: true } });
  if (!user || user.status !== "ACTIVE") return false;
  const t = translatorFor(user.locale);
  const unsubscribe = unsubscribeUrl(createUnsubscribeToken({ userId: email.userId, kind: email.unsubscribeKind }));
  const content: EmailContent = {
    ...email.content,
    locale: user.locale,
    footer: { reason: email.reason, unsubscribeLabel: t("email.unsubscribe"), unsubscribeUrl: unsubscribe, preferencesLabel: t("email.preferences"), preferencesUrl: preferencesUrl(user.locale) },
  };
  const { count } = await db.emailDelivery.createMany({
    skipDuplicates: true,
    data: [
      {
        idempotencyKey: email.idempotencyKey,
        userId: email.userId,
        notificationId: email.notificationId ?? null,
        toAddress: user.email,
        locale: user.locale,
        subject: email.subject,
        text: renderText(content),
        html: renderHtml(content),
        unsubscribeUrl: unsubscribe,
      },
    ],
  });
  return count === 1;
}
