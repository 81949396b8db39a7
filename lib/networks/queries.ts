import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { canManageNetwork, isMemberFirm } from "./rules";

const memberFirmRoles = ["MEMBER", "ORGANISER"] as const;

/** The public list of networks (contract of GET /api/v1/networks). */
export async function listPublicNetworks() {
  const networks = await getPrisma().network.findMany({
    where: { status: { in: ["FORMING", "ACTIVE"] } },
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      region: true,
      city: true,
      status: true,
      _count: { select: { memberships: { where: { role: { in: [...memberFirmRoles] } } } } },
    },
  });
  return networks.map(({ _count, ...network }) => ({ ...network, memberCount: _count.memberships }));
}

/**
 * Everything the public network page shows, plus the viewer's own standing. The languages
 * and countries members know come from knowledge-counts.ts, which respects profile
 * visibility for the viewer.
 */
export async function getNetworkPage({ slug, actorId }: { slug: string; actorId: string | null }) {
  const db = getPrisma();
  const network = await db.network.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      region: true,
      city: true,
      description: true,
      languages: true,
      status: true,
      handedOverAt: true,
      startupMeetings: { orderBy: { number: "asc" }, select: { number: true, heldOn: true } },
    },
  });
  if (!network || network.status === "ARCHIVED") throw new AppError("NOT_FOUND", "networkNotFound");

  const [memberCount, leaders, viewerMembership, pendingRequest] = await Promise.all([
    db.membership.count({ where: { networkId: network.id, role: { in: [...memberFirmRoles] } } }),
    db.membership.findMany({
      where: { networkId: network.id, role: { in: ["ORGANISER", "FACILITATOR"] } },
      orderBy: { joinedAt: "asc" },
      select: { role: true, user: { select: { id: true, name: true, facilitator: { select: { organisation: true } } } } },
    }),
    actorId ? db.membership.findUnique({ where: { userId_networkId: { userId: actorId, networkId: network.id } }, select: { role: true } }) : null,
    actorId ? db.joinRequest.findFirst({ where: { networkId: network.id, userId: actorId, status: "PENDING" }, select: { id: true, createdAt: true } }) : null,
  ]);

  const viewerRole = viewerMembership?.role ?? null;
  return {
    ...network,
    memberCount,
    organisers: leaders.filter((leader) => leader.role === "ORGANISER").map((leader) => leader.user),
    facilitators: leaders
      .filter((leader) => leader.role === "FACILITATOR")
      .map((leader) => ({ id: leader.user.id, name: leader.user.name, organisation: leader.user.facilitator?.organisation ?? null })),
    viewer: {
      signedIn: actorId !== null,
      role: viewerRole,
      isMember: isMemberFirm(viewerRole),
      canManage: canManageNetwork(viewerRole),
      pendingRequestSince: pendingRequest?.createdAt ?? null,
    },
  };
}

/** Networks the actor belongs to, with their role (for navigation and the account page). */
export async function listMyNetworks({ actorId }: { actorId: string }) {
  const memberships = await getPrisma().membership.findMany({
    where: { userId: actorId, network: { status: { not: "ARCHIVED" } } },
    orderBy: { network: { name: "asc" } },
    select: { role: true, network: { select: { slug: true, name: true, status: true } } },
  });
  return memberships.map(({ role, network }) => ({ ...network, role }));
}
