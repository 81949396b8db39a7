import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { notifyMany } from "@/lib/notifications/service";
import { requireFacilitatorOf } from "./access";
import { canHandOver, canRecordStartupMeeting, slugify } from "./rules";
import { appointFacilitatorSchema, createNetworkSchema, handOverSchema, networkSlugSchema, recordStartupMeetingSchema } from "./schema";

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

async function actorRoles(actorId: string) {
  const actor = await getPrisma().user.findUnique({ where: { id: actorId }, select: { isAdmin: true, facilitator: { select: { userId: true } } } });
  return { isAdmin: actor?.isAdmin ?? false, isFacilitator: Boolean(actor?.facilitator) };
}

/**
 * A facilitator starts a network and runs it; an admin starts one on behalf of a named
 * facilitator. Either way it begins FORMING with 0 of 3 start-up meetings.
 */
export async function createNetwork({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const data = parseInput(createNetworkSchema, input);
  const { isAdmin, isFacilitator } = await actorRoles(actorId);
  if (!isAdmin && !isFacilitator) throw new AppError("FORBIDDEN", "notFacilitator");
  const facilitatorId = isFacilitator && !data.facilitatorId ? actorId : data.facilitatorId;
  if (!facilitatorId) throw new AppError("INVALID", "invalidInput", { facilitatorId: ["validation.required"] });
  if (facilitatorId !== actorId || !isFacilitator) {
    if (!isAdmin) throw new AppError("FORBIDDEN", "notAdmin");
    const facilitator = await getPrisma().facilitator.findUnique({ where: { userId: facilitatorId }, select: { userId: true } });
    if (!facilitator) throw new AppError("INVALID", "invalidInput", { facilitatorId: ["validation.notFacilitator"] });
  }
  const slug = data.slug ?? slugify(data.name);
  if (slug.length < 2) throw new AppError("INVALID", "invalidInput", { slug: ["validation.slug"] });
  try {
    return await getPrisma().network.create({
      data: {
        slug,
        name: data.name,
        region: data.region,
        city: data.city,
        description: data.description,
        languages: data.languages,
        status: "FORMING",
        createdById: actorId,
        memberships: { create: { userId: facilitatorId, role: "FACILITATOR" } },
      },
      select: { id: true, slug: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "invalidInput", { slug: ["validation.slugTaken"] });
    throw error;
  }
}

/** The facilitator records a start-up meeting as held: 0/3 → 3/3 (`eventId`: the event it was held as). */
export async function recordStartupMeeting({ actorId, eventId, ...input }: { actorId: string; slug: unknown; heldOn: unknown; notes?: unknown; eventId?: string }) {
  const { slug, heldOn, notes } = parseInput(recordStartupMeetingSchema, input);
  return getPrisma().$transaction(async (tx) => {
    const { network } = await requireFacilitatorOf(tx, slug, actorId);
    const held = await tx.startupMeeting.count({ where: { networkId: network.id } });
    if (!canRecordStartupMeeting(network.status, held)) throw new AppError("CONFLICT", "startupMeetingsComplete");
    try {
      return await tx.startupMeeting.create({
        data: { networkId: network.id, number: held + 1, heldOn: new Date(`${heldOn}T00:00:00Z`), notes: notes ?? null, recordedById: actorId, eventId: eventId ?? null },
        select: { number: true },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", "startupMeetingsComplete");
      throw error;
    }
  });
}

/** After three meetings the facilitator hands the network to one or more of its members. */
export async function handOverNetwork({ actorId, ...input }: { actorId: string; slug: unknown; organiserIds: unknown }) {
  const { slug, organiserIds } = parseInput(handOverSchema, input);
  await getPrisma().$transaction(async (tx) => {
    const { network } = await requireFacilitatorOf(tx, slug, actorId, { lock: true });
    const held = await tx.startupMeeting.count({ where: { networkId: network.id } });
    if (!canHandOver(network.status, held)) throw new AppError("CONFLICT", "handOverNotReady");
    const members = await tx.membership.count({ where: { networkId: network.id, userId: { in: organiserIds }, role: { in: ["MEMBER", "ORGANISER"] } } });
    if (members !== organiserIds.length) throw new AppError("INVALID", "invalidInput", { organiserIds: ["validation.notMember"] });
    await tx.membership.updateMany({ where: { networkId: network.id, userId: { in: organiserIds } }, data: { role: "ORGANISER" } });
    const { count } = await tx.network.updateMany({ where: { id: network.id, status: "FORMING" }, data: { status: "ACTIVE", handedOverAt: new Date() } });
    if (count === 0) throw new AppError("CONFLICT", "handOverNotReady");
    await notifyMany(tx, organiserIds, "network.handed_over", { networkSlug: network.slug, networkName: network.name });
  });
}

/** For the facilitator's hand-over form: the network's member firms. */
export async function listHandOverCandidates({ actorId, ...input }: { actorId: string; slug: unknown }) {
  const { slug } = parseInput(networkSlugSchema, input);
  const db = getPrisma();
  const { network } = await requireFacilitatorOf(db, slug, actorId);
  return db.membership.findMany({
    where: { networkId: network.id, role: { in: ["MEMBER", "ORGANISER"] } },
    orderBy: { user: { name: "asc" } },
    take: 500,
    select: { role: true, user: { select: { id: true, name: true } } },
  });
}

/** An admin appoints an existing user as a facilitator for a support organisation. */
export async function appointFacilitator({ actorId, ...input }: { actorId: string; email: unknown; organisation: unknown }) {
  const { email, organisation } = parseInput(appointFacilitatorSchema, input);
  const { isAdmin } = await actorRoles(actorId);
  if (!isAdmin) throw new AppError("FORBIDDEN", "notAdmin");
  const user = await getPrisma().user.findUnique({ where: { email }, select: { id: true, status: true } });
  if (!user || user.status !== "ACTIVE") throw new AppError("INVALID", "invalidInput", { email: ["validation.noSuchUser"] });
  await getPrisma().facilitator.upsert({
    where: { userId: user.id },
    create: { userId: user.id, organisation, appointedBy: actorId },
    update: { organisation },
  });
}

export async function listFacilitators({ actorId }: { actorId: string }) {
  const { isAdmin } = await actorRoles(actorId);
  if (!isAdmin) throw new AppError("FORBIDDEN", "notAdmin");
  const rows = await getPrisma().facilitator.findMany({
    orderBy: { appointedAt: "asc" },
    select: { organisation: true, appointedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => ({ ...row.user, organisation: row.organisation, appointedAt: row.appointedAt }));
}
