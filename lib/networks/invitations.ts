import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { requireManager } from "./access";
import { isInvitationUsable } from "./rules";
import { createInvitationSchema, invitationTokenSchema, networkSlugSchema, revokeInvitationSchema } from "./schema";
import { resyncChannels } from "@/lib/realtime/publish";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const DAY_MS = 24 * 60 * 60 * 1000;

/** Creates a link that admits directly; the token is returned once and only its hash kept. */
export async function createInvitation({ actorId, ...input }: { actorId: string; slug: unknown; expiresInDays: unknown; maxUses: unknown }) {
  const { slug, expiresInDays, maxUses } = parseInput(createInvitationSchema, input);
  const db = getPrisma();
  const { network } = await requireManager(db, slug, actorId);
  const token = randomBytes(24).toString("base64url");
  const invitation = await db.invitation.create({
    data: {
      networkId: network.id,
      tokenHash: hashToken(token),
      createdById: actorId,
      expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
      maxUses,
    },
    select: { id: true, expiresAt: true, maxUses: true },
  });
  return { ...invitation, token };
}

export async function listInvitations({ actorId, ...input }: { actorId: string; slug: unknown }) {
  const { slug } = parseInput(networkSlugSchema, input);
  const db = getPrisma();
  const { network } = await requireManager(db, slug, actorId);
  const invitations = await db.invitation.findMany({
    where: { networkId: network.id },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, expiresAt: true, maxUses: true, uses: true, revokedAt: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return invitations.map((invitation) => ({ ...invitation, usable: isInvitationUsable(invitation) }));
}

export async function revokeInvitation({ actorId, ...input }: { actorId: string; slug: unknown; invitationId: unknown }) {
  const { slug, invitationId } = parseInput(revokeInvitationSchema, input);
  const db = getPrisma();
  const { network } = await requireManager(db, slug, actorId);
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, networkId: network.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "invitationNotFound");
}

/** What the invitation page shows before the person accepts; no secrets, no member data. */
export async function previewInvitation(input: { token: unknown }) {
  const { token } = parseInput(invitationTokenSchema, input);
  const invitation = await getPrisma().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, maxUses: true, uses: true, revokedAt: true, network: { select: { slug: true, name: true, city: true, status: true } } },
  });
  if (!invitation || invitation.network.status === "ARCHIVED") throw new AppError("NOT_FOUND", "invitationNotFound");
  return { network: invitation.network, usable: isInvitationUsable(invitation) };
}

/** Admits the actor. The use is counted atomically, so a link never admits more than maxUses. */
export async function acceptInvitation({ actorId, ...input }: { actorId: string; token: unknown }) {
  const { token } = parseInput(invitationTokenSchema, input);
  const result = await getPrisma().$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, networkId: true, network: { select: { slug: true, status: true } } },
    });
    if (!invitation || invitation.network.status === "ARCHIVED") throw new AppError("NOT_FOUND", "invitationNotFound");
    // Accepts of one link run one at a time, so a double submit finds the membership it made.
    await tx.$queryRaw`SELECT 1 FROM "Invitation" WHERE "id" = ${invitation.id} FOR NO KEY UPDATE`;
    const existing = await tx.membership.findUnique({
      where: { userId_networkId: { userId: actorId, networkId: invitation.networkId } },
      select: { role: true },
    });
    if (existing) return { slug: invitation.network.slug, alreadyMember: true };
    // Prisma keeps DateTime as UTC in "timestamp without time zone"; a bare now() would be
    // compared in the session's time zone, so compare with the current UTC time instead.
    const claimed = await tx.$executeRaw`
      UPDATE "Invitation" SET "uses" = "uses" + 1
      WHERE "id" = ${invitation.id} AND "revokedAt" IS NULL AND "expiresAt" > (now() AT TIME ZONE 'UTC') AND "uses" < "maxUses"`;
    if (claimed === 0) throw new AppError("CONFLICT", "invitationExpired");
    // An organiser may approve the person's join request at this very moment: then the
    // membership already exists and the invitation simply confirms it.
    await tx.membership.createMany({ data: [{ userId: actorId, networkId: invitation.networkId, role: "MEMBER" }], skipDuplicates: true });
    // Any pending request is answered by the invitation.
    await tx.joinRequest.updateMany({
      where: { networkId: invitation.networkId, userId: actorId, status: "PENDING" },
      data: { status: "APPROVED", decidedAt: new Date() },
    });
    return { slug: invitation.network.slug, alreadyMember: false };
  });
  if (!result.alreadyMember) await resyncChannels([actorId]);
  return result;
}
