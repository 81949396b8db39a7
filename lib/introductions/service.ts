import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { notify } from "@/lib/notifications/service";
import { viewerFor } from "@/lib/profiles/visibility-sql";
import { visibleTarget } from "./access";
import { canMove, hasRoomForAnother } from "./rules";
import { askForIntroductionSchema, introductionIdSchema, respondToIntroductionSchema } from "./schema";
import { resyncChannels } from "@/lib/realtime/publish";

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/**
 * A member asks another member for an introduction to a market the other knows. The target
 * is told. Refusals, in order: asking oneself (INVALID), not a member of any network
 * (FORBIDDEN), a target the asker may not see (NOT_FOUND), a target not open to
 * introductions (CONFLICT), a country the target does not know (INVALID), the same request
 * already pending (CONFLICT), the asker's cap of pending requests reached (CONFLICT).
 */
export async function askForIntroduction({ actorId, ...input }: { actorId: string; targetId: unknown; country: unknown; reason: unknown }) {
  const { targetId, country, reason } = parseInput(askForIntroductionSchema, input);
  if (targetId === actorId) throw new AppError("INVALID", "introductionToSelf");
  const viewer = await viewerFor(actorId);
  if (!viewer.isNetworkMember) throw new AppError("FORBIDDEN", "introductionsMembersOnly");

  return getPrisma().$transaction(async (tx) => {
    // One ask at a time per asker: the row lock makes the pending count below exact, so
    // concurrent asks cannot together pass the cap. NO KEY UPDATE (not UPDATE) still lets
    // other transactions insert rows that reference this user, such as notifications.
    const [asker] = await tx.$queryRaw<{ name: string }[]>`SELECT "name" FROM "User" WHERE "id" = ${actorId} FOR NO KEY UPDATE`;
    if (!asker) throw new AppError("UNAUTHENTICATED", "signInRequired");
    const target = await visibleTarget(tx, viewer, targetId);
    if (!target) throw new AppError("NOT_FOUND", "introductionTargetNotFound");
    if (!target.open) throw new AppError("CONFLICT", "notOpenToIntroductions");
    const knows = await tx.countryKnowledge.findUnique({ where: { userId_country: { userId: targetId, country } }, select: { id: true } });
    if (!knows) throw new AppError("INVALID", "invalidInput", { country: ["validation.introductionCountry"] });

    const pending = await tx.introduction.findMany({ where: { askerId: actorId, status: "PENDING" }, select: { targetId: true, country: true } });
    if (pending.some((request) => request.targetId === targetId && request.country === country)) throw new AppError("CONFLICT", "introductionAlreadyPending");
    if (!hasRoomForAnother(pending.length)) throw new AppError("CONFLICT", "introductionLimitReached");

    try {
      const introduction = await tx.introduction.create({ data: { askerId: actorId, targetId, country, reason }, select: { id: true } });
      await notify(tx, targetId, "introduction.requested", { introductionId: introduction.id, askerName: asker.name, country });
      return introduction;
    } catch (error) {
      // The partial unique index (one PENDING per asker, target and country) backs the check above.
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", "introductionAlreadyPending");
      throw error;
    }
  });
}

/** The person asked accepts or declines, with an optional response; the asker is told. */
export async function respondToIntroduction({ actorId, ...input }: { actorId: string; introductionId: unknown; decision: unknown; response?: unknown }) {
  const { introductionId, decision, response } = parseInput(respondToIntroductionSchema, input);
  const askerId = await getPrisma().$transaction(async (tx) => {
    const introduction = await tx.introduction.findUnique({
      where: { id: introductionId },
      select: { askerId: true, targetId: true, status: true, country: true, target: { select: { name: true } } },
    });
    // Someone else's request does not exist, as far as the actor can tell.
    if (!introduction || introduction.targetId !== actorId) throw new AppError("NOT_FOUND", "introductionNotFound");
    if (!canMove(introduction.status, decision, "target")) throw new AppError("CONFLICT", "introductionAlreadyAnswered");
    // Guarded update: an answer and a withdrawal (or two answers) at once cannot both succeed.
    const { count } = await tx.introduction.updateMany({
      where: { id: introductionId, targetId: actorId, status: "PENDING" },
      data: { status: decision, response: response ?? null, decidedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", "introductionAlreadyAnswered");
    await notify(tx, introduction.askerId, decision === "ACCEPTED" ? "introduction.accepted" : "introduction.declined", {
      introductionId,
      targetName: introduction.target.name,
      country: introduction.country,
      ...(response ? { message: response } : {}),
    });
    return introduction.askerId;
  });
  // An accepted introduction opens a direct conversation for the two.
  if (decision === "ACCEPTED") await resyncChannels([askerId, actorId]);
}

/** The asker takes back a request that is still pending; it no longer counts towards the cap. */
export async function withdrawIntroduction({ actorId, ...input }: { actorId: string; introductionId: unknown }) {
  const { introductionId } = parseInput(introductionIdSchema, input);
  const db = getPrisma();
  const introduction = await db.introduction.findUnique({ where: { id: introductionId }, select: { askerId: true, status: true } });
  if (!introduction || introduction.askerId !== actorId) throw new AppError("NOT_FOUND", "introductionNotFound");
  if (!canMove(introduction.status, "WITHDRAWN", "asker")) throw new AppError("CONFLICT", "introductionAlreadyAnswered");
  const { count } = await db.introduction.updateMany({
    where: { id: introductionId, askerId: actorId, status: "PENDING" },
    data: { status: "WITHDRAWN", decidedAt: new Date() },
  });
  if (count === 0) throw new AppError("CONFLICT", "introductionAlreadyAnswered");
}
