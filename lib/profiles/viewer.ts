import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { ViewerRelation } from "./visibility";
import { viewerFor } from "./visibility-sql";

const nobody: ViewerRelation = { isSelf: false, isNetworkMember: false, sharesNetwork: false };

/**
 * How the viewer stands to the owner of a profile, with the same facts as the SQL rule in
 * visibility-sql.ts: a member of any network that is not archived, and whether they share a network.
 */
export async function viewerRelation(viewerId: string | null, ownerId: string): Promise<ViewerRelation> {
  if (!viewerId) return nobody;
  if (viewerId === ownerId) return { isSelf: true, isNetworkMember: true, sharesNetwork: true };
  const [viewer, shared] = await Promise.all([
    viewerFor(viewerId),
    getPrisma().membership.findFirst({ where: { userId: viewerId, network: { memberships: { some: { userId: ownerId } } } }, select: { userId: true } }),
  ]);
  return { isSelf: false, isNetworkMember: viewer.isNetworkMember, sharesNetwork: Boolean(shared) };
}
