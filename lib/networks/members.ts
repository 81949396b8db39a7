import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { notify } from "@/lib/notifications/service";
import { slug as slugField } from "@/lib/validation";
import { networkWithRole, requireManager } from "./access";
import { canManageNetwork, wouldLeaveWithoutOrganiser } from "./rules";
import { memberActionSchema, networkSlugSchema, setRoleSchema } from "./schema";
import { resyncChannels } from "@/lib/realtime/publish";

const PAGE_SIZE = 50;
const listMembersSchema = z.object({ slug: slugField, page: z.coerce.number().int().min(1).max(1000).catch(1).default(1) });

/** The network's people, for its members and managers only. */
export async function listMembers({ actorId, ...input }: { actorId: string; slug: unknown; page?: unknown }) {
  const { slug, page } = parseInput(listMembersSchema, input);
  const db = getPrisma();
  const { network, role } = await networkWithRole(db, slug, actorId);
  if (!role) throw new AppError("FORBIDDEN", "membersOnly");
  const where = { networkId: network.id };
  const [total, members] = await Promise.all([
    db.membership.count({ where }),
    db.membership.findMany({
      where,
      // Organisers and facilitators first, then everyone by name.
      orderBy: [{ role: "desc" }, { user: { name: "asc" } }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        role: true,
        joinedAt: true,
        user: { select: { id: true, name: true, profile: { select: { headline: true, city: true } }, company: { select: { name: true } } } },
      },
    }),
  ]);
  return { network, viewerRole: role, canManage: canManageNetwork(role), members, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Promote a member to organiser or demote an organiser; the person is told. */
export async function setMemberRole({ actorId, ...input }: { actorId: string; slug: unknown; userId: unknown; role: unknown }) {
  const { slug, userId, role: newRole } = parseInput(setRoleSchema, input);
  await getPrisma().$transaction(async (tx) => {
    const { network } = await requireManager(tx, slug, actorId, { lock: true });
    const target = await tx.membership.findUnique({ where: { userId_networkId: { userId, networkId: network.id } }, select: { role: true } });
    if (!target || target.role === "FACILITATOR") throw new AppError("NOT_FOUND", "memberNotFound");
    if (target.role === newRole) return;
    const organisers = await tx.membership.count({ where: { networkId: network.id, role: "ORGANISER" } });
    if (wouldLeaveWithoutOrganiser(network.status, organisers, target.role === "ORGANISER")) throw new AppError("CONFLICT", "lastOrganiser");
    await tx.membership.update({ where: { userId_networkId: { userId, networkId: network.id } }, data: { role: newRole } });
    await notify(tx, userId, "network.role_changed", { networkSlug: network.slug, networkName: network.name, role: newRole });
  });
  // Moderation rights in the network's channels follow the role.
  await resyncChannels([userId]);
}

/** Removes a member; their access to the network ends with their next request. */
export async function removeMember({ actorId, ...input }: { actorId: string; slug: unknown; userId: unknown }) {
  const { slug, userId } = parseInput(memberActionSchema, input);
  await getPrisma().$transaction(async (tx) => {
    const { network } = await requireManager(tx, slug, actorId, { lock: true });
    if (userId === actorId) throw new AppError("CONFLICT", "cannotRemoveSelf");
    const target = await tx.membership.findUnique({ where: { userId_networkId: { userId, networkId: network.id } }, select: { role: true } });
    if (!target || target.role === "FACILITATOR") throw new AppError("NOT_FOUND", "memberNotFound");
    const organisers = await tx.membership.count({ where: { networkId: network.id, role: "ORGANISER" } });
    if (wouldLeaveWithoutOrganiser(network.status, organisers, target.role === "ORGANISER")) throw new AppError("CONFLICT", "lastOrganiser");
    await tx.membership.delete({ where: { userId_networkId: { userId, networkId: network.id } } });
    await notify(tx, userId, "network.removed", { networkSlug: network.slug, networkName: network.name });
  });
  // Open chat sockets lose the network's channels now, not on their next request.
  await resyncChannels([userId]);
}

/** A member leaves. The last organiser of an active network must hand the role on first. */
export async function leaveNetwork({ actorId, ...input }: { actorId: string; slug: unknown }) {
  const { slug } = parseInput(networkSlugSchema, input);
  await getPrisma().$transaction(async (tx) => {
    const { network, role } = await networkWithRole(tx, slug, actorId, { lock: true });
    if (!role) throw new AppError("NOT_FOUND", "notMember");
    if (role === "FACILITATOR") throw new AppError("CONFLICT", "facilitatorCannotLeave");
    const organisers = await tx.membership.count({ where: { networkId: network.id, role: "ORGANISER" } });
    if (wouldLeaveWithoutOrganiser(network.status, organisers, role === "ORGANISER")) throw new AppError("CONFLICT", "lastOrganiser");
    await tx.membership.delete({ where: { userId_networkId: { userId: actorId, networkId: network.id } } });
  });
  await resyncChannels([actorId]);
}
