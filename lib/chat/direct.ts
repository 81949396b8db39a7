import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { hasAcceptedIntroduction } from "@/lib/introductions/accepted";
import { canSeeSql, viewerFor } from "@/lib/profiles/visibility-sql";
import { resyncChannels } from "@/lib/realtime/publish";
import { directPair } from "./rules";
import { directSchema } from "./schema";

/**
 * Whether the actor may start a conversation with `userId`: anyone the actor can find in the
 * directory (a member firm of a network that is not archived, whose "about" section the actor
 * may see — the directory's own rule), anyone who accepted an introduction with them, and
 * anyone they already have a conversation with. Never themselves; never an inactive account.
 */
export async function canStartDirect({ actorId, userId }: { actorId: string; userId: string }): Promise<boolean> {
  if (actorId === userId) return false;
  const db = getPrisma();
  const target = await db.user.findUnique({ where: { id: userId }, select: { status: true } });
  if (target?.status !== "ACTIVE") return false;
  const existing = await db.chatChannel.findUnique({ where: { userAId_userBId: directPair(actorId, userId) }, select: { id: true } });
  if (existing || (await hasAcceptedIntroduction(actorId, userId))) return true;
  const viewer = await viewerFor(actorId);
  if (!viewer.isNetworkMember) return false;
  const rows = await db.$queryRaw<{ allowed: boolean }[]>`
    SELECT ${canSeeSql("about", viewer, Prisma.sql`u."id"`)} AND EXISTS (
      SELECT 1 FROM "Membership" m JOIN "Network" n ON n."id" = m."networkId" AND n."status" <> 'ARCHIVED'
      WHERE m."userId" = u."id" AND m."role" IN ('MEMBER', 'ORGANISER')) AS "allowed"
    FROM "User" u LEFT JOIN "Profile" p ON p."userId" = u."id" WHERE u."id" = ${userId}`;
  return Boolean(rows[0]?.allowed);
}

/** The actor's conversation with `userId`, created on first use. */
export async function openDirectChannel({ actorId, ...input }: { actorId: string; userId: unknown }): Promise<{ channelId: string; created: boolean }> {
  const { userId } = parseInput(directSchema, input);
  if (!(await canStartDirect({ actorId, userId }))) throw new AppError("NOT_FOUND", "chatPersonNotFound");
  const db = getPrisma();
  const pair = directPair(actorId, userId);
  // Skipping the duplicate makes "created" true for exactly one of two people opening it at once.
  const [created] = await db.chatChannel.createManyAndReturn({ data: [{ kind: "DIRECT", ...pair }], skipDuplicates: true, select: { id: true } });
  if (!created) return { channelId: (await db.chatChannel.findUniqueOrThrow({ where: { userAId_userBId: pair }, select: { id: true } })).id, created: false };
  await resyncChannels([actorId, userId]);
  return { channelId: created.id, created: true };
}
