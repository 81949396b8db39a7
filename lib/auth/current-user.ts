import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { findSessionUser } from "./service";

/**
 * The signed-in user, checked against the database once per request: a revoked session,
 * a removed or a deleted account yields null even while the cookie is still valid.
 */
export const getCurrentUser = cache(async () => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return findSessionUser(userId, session.sessionVersion);
});

/** For pages that need a signed-in user: sends anyone else to sign in and back. */
export async function requireUser(locale: string, returnTo: string) {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
