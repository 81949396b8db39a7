import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { notify, notifyMany } from "@/lib/notifications/service";
import { viewerRelation } from "@/lib/profiles/viewer";
import { canSee } from "@/lib/profiles/visibility";
import { networkWithRole, requireManager } from "./access";
import { decideJoinRequestSchema, joinRequestSchema, networkSlugSchema } from "./schema";
import { resyncChannels } from "@/lib/realtime/publish";

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** A person asks to join; the network's organisers (or facilitator) are told. */
export async function requestToJoin({ actorId, ...input }: { actorId: string; slug: unknown; motivation: unknown }) {
  const { slug, motivation } = parseInput(joinRequestSchema, input);
  const db = getPrisma();
  return db.$transaction(async (tx) => {
    const { network, role } = await networkWithRole(tx, slug, actorId);
    if (role) throw new AppError("CONFLICT", "alreadyMember");
    const requester = await tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { name: true } });
    try {
      const request = await tx.joinRequest.create({
        data: { networkId: network.id, userId: actorId, motivation },
        select: { id: true },
      });
      const managers = await tx.membership.findMany({
        where: { networkId: network.id, role: { in: ["ORGANISER", "FACILITATOR"] } },
        select: { userId: true },
      });
      await notifyMany(tx, managers.map((manager) => manager.userId), "network.join_requested", {
        networkSlug: network.slug,
        networkName: network.name,
        requesterName: requester.name,
      });
      return request;
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", "requestAlreadyPending");
      throw error;
    }
  });
}

/** The queue of pending requests, oldest first, for the network's managers only. */
export async function listJoinRequests({ actorId, ...input }: { actorId: string; slug: unknown }) {
  const { slug } = parseInput(networkSlugSchema, input);
  const db = getPrisma();
  const { network } = await requireManager(db, slug, actorId);
  const requests = await db.joinRequest.findMany({
    where: { networkId: network.id, status: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      motivation: true,
      createdAt: true,
      user: {
        select: {
          id: true,
          name: true,
          profile: { select: { headline: true, aboutVisibility: true, companyVisibility: true } },
          company: { select: { name: true } },
        },
      },
    },
  });
  // The applicant's headline and company are shown only as their visibility allows.
  return Promise.all(
    requests.map(async ({ user: { profile, company, ...user }, ...request }) => {
      const relation = await viewerRelation(actorId, user.id);
      return {
        ...request,
        user: {
          ...user,
          headline: canSee(profile?.aboutVisibility ?? "MEMBERS", relation) ? (profile?.headline ?? null) : null,
          companyName: canSee(profile?.companyVisibility ?? "MEMBERS", relation) ? (company?.name ?? null) : null,
        },
      };
    }),
  );
}

/** Approve or decline; the requester is notified, with the optional message. */
export async function decideJoinRequest({ actorId, ...input }: { actorId: string; requestId: unknown; decision: unknown; message?: unknown }) {
  const { requestId, decision, message } = parseInput(decideJoinRequestSchema, input);
  const db = getPrisma();
  const requesterId = await db.$transaction(async (tx) => {
    const request = await tx.joinRequest.findUnique({
      where: { id: requestId },
      select: { id: true, userId: true, status: true, network: { select: { slug: true } } },
    });
    if (!request) throw new AppError("NOT_FOUND", "requestNotFound");
    const { network } = await requireManager(tx, request.network.slug, actorId);
    // Guarded update: two organisers deciding at once cannot both succeed.
    const { count } = await tx.joinRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status: decision, decidedById: actorId, decidedAt: new Date(), decisionMessage: message ?? null },
    });
    if (count === 0) throw new AppError("CONFLICT", "requestAlreadyDecided");
    if (decision === "APPROVED") {
      await tx.membership.upsert({
        where: { userId_networkId: { userId: request.userId, networkId: network.id } },
        create: { userId: request.userId, networkId: network.id, role: "MEMBER" },
        update: {},
      });
    }
    await notify(tx, request.userId, decision === "APPROVED" ? "network.join_approved" : "network.join_declined", {
      networkSlug: network.slug,
      networkName: network.name,
      ...(message ? { message } : {}),
    });
    return request.userId;
  });
  if (decision === "APPROVED") await resyncChannels([requesterId]);
}

/** The requester withdraws their own pending request. */
export async function withdrawJoinRequest({ actorId, ...input }: { actorId: string; slug: unknown }) {
  const { slug } = parseInput(networkSlugSchema, input);
  const db = getPrisma();
  const { network } = await networkWithRole(db, slug, actorId);
  const { count } = await db.joinRequest.updateMany({
    where: { networkId: network.id, userId: actorId, status: "PENDING" },
    data: { status: "WITHDRAWN", decidedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "requestNotFound");
}
