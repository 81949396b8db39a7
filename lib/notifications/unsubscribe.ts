import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { DIGEST_PREFERENCE, notificationKinds, type NotificationKind } from "./schema";
import { setDelivery, type PreferenceKind } from "./preferences";
import { readUnsubscribeToken } from "./unsubscribe-token";

const isPreferenceKind = (kind: string): kind is PreferenceKind => kind === DIGEST_PREFERENCE || notificationKinds.includes(kind as NotificationKind);

/** Who and what a token names, for the confirmation page; refuses forged and expired tokens. */
export async function describeUnsubscribe(token: unknown): Promise<{ kind: PreferenceKind; email: string; locale: string }> {
  const claim = readUnsubscribeToken(token);
  if (!claim || !isPreferenceKind(claim.kind)) throw new AppError("INVALID", "unsubscribeLinkInvalid");
  const user = await getPrisma().user.findUnique({ where: { id: claim.userId }, select: { email: true, locale: true, status: true } });
  if (!user || user.status !== "ACTIVE") throw new AppError("INVALID", "unsubscribeLinkInvalid");
  return { kind: claim.kind, email: user.email, locale: user.locale };
}

/**
 * One-click unsubscribe, no sign-in: stops the emails of the token's kind. Notifications of
 * that kind stay in the notification centre; the weekly digest is switched off.
 */
export async function unsubscribe(token: unknown) {
  const described = await describeUnsubscribe(token);
  const claim = readUnsubscribeToken(token)!;
  await setDelivery(getPrisma(), claim.userId, described.kind, described.kind === DIGEST_PREFERENCE ? "OFF" : "IN_APP");
  return described;
}
