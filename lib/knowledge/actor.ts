import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { KnowledgeActor } from "./rules";

/** The facts the knowledge rules need about a signed-in person; null for visitors and unknown ids. */
export async function loadKnowledgeActor(userId: string | null): Promise<KnowledgeActor | null> {
  if (!userId) return null;
  const user = await getPrisma().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      isAdmin: true,
      status: true,
      memberships: { where: { network: { status: { not: "ARCHIVED" } } }, select: { networkId: true, role: true, network: { select: { status: true } } } },
    },
  });
  if (!user || user.status !== "ACTIVE") return null;
  return {
    id: user.id,
    isAdmin: user.isAdmin,
    networkIds: user.memberships.map((membership) => membership.networkId),
        // Organisers moderate their network's knowledge; a facilitator only while the network forms.
    moderatedNetworkIds: user.memberships
      .filter((membership) => membership.role === "ORGANISER" || (membership.role === "FACILITATOR" && membership.network.status === "FORMING"))
      .map((membership) => membership.networkId),
  };
}

/** For changes: a signed-in, active person. */
export async function requireActor(actorId: string): Promise<KnowledgeActor> {
  const actor = await loadKnowledgeActor(actorId);
  if (!actor) throw new AppError("UNAUTHENTICATED", "signInRequired");
  return actor;
}
