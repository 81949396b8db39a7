import "server-only";
import { isLocale } from "@/i18n/routing";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password";
import { recordFailedSignIn, recordSuccessfulSignIn, signInRetryAfter } from "./rate-limit";
import { disconnectUser } from "@/lib/realtime/publish";
import { registerSchema, removeAccountSchema, signInSchema } from "./schema";

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

export async function registerUser(input: Record<string, unknown> & { locale?: string }) {
  const { name, email, password } = parseInput(registerSchema, input);
  const passwordHash = await hashPassword(password);
  try {
    return await getPrisma().user.create({
      data: { name, email, passwordHash, consentedAt: new Date(), locale: isLocale(input.locale) ? input.locale : "en" },
      select: { id: true, email: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "invalidInput", { email: ["validation.emailTaken"] });
    throw error;
  }
}

export type Authenticated = { id: string; name: string; email: string; sessionVersion: number };

/**
 * Checks an email and password. Unknown email, wrong password and a removed account all
 * give the same `null` after the same work, so a caller cannot tell them apart.
 */
export async function authenticate(input: { email: unknown; password: unknown }, ip: string): Promise<Authenticated | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const retryAfter = await signInRetryAfter(email, ip);
  if (retryAfter > 0) throw new AppError("RATE_LIMITED", "signInRateLimited");

  const user = await getPrisma().user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, status: true, sessionVersion: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid || user.status !== "ACTIVE") {
    await recordFailedSignIn(email, ip);
    return null;
  }
  await recordSuccessfulSignIn(email, ip);
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/** The signed-in user, if the session is still valid: active account, current session version. */
export async function findSessionUser(userId: string, sessionVersion: number) {
  const user = await getPrisma().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      isAdmin: true,
      status: true,
      sessionVersion: true,
      facilitator: { select: { organisation: true } },
    },
  });
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    isAdmin: user.isAdmin,
    facilitatorOrganisation: user.facilitator?.organisation ?? null,
  };
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;

/** "Sign out everywhere": every session issued before now stops working. */
export async function revokeAllSessions({ actorId }: { actorId: string }) {
  await getPrisma().user.update({ where: { id: actorId }, data: { sessionVersion: { increment: 1 } } });
  await disconnectUser(actorId);
}

/** An admin removes an account: its sessions die on their next request. */
export async function removeUser({ actorId, userId }: { actorId: string; userId: string }) {
  const actor = await getPrisma().user.findUnique({ where: { id: actorId }, select: { isAdmin: true } });
  if (!actor?.isAdmin) throw new AppError("FORBIDDEN", "notAdmin");
  if (actorId === userId) throw new AppError("CONFLICT", "cannotRemoveSelf");
  const { count } = await getPrisma().user.updateMany({
    where: { id: userId, status: "ACTIVE" },
    data: { status: "REMOVED", sessionVersion: { increment: 1 } },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "userNotFound");
  await disconnectUser(userId);
}

/** The admin form names the account by email. */
export async function removeUserByEmail({ actorId, ...input }: { actorId: string; email: unknown }) {
  const { email } = parseInput(removeAccountSchema, input);
  const user = await getPrisma().user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new AppError("INVALID", "invalidInput", { email: ["validation.noSuchUser"] });
  await removeUser({ actorId, userId: user.id });
}
