import "server-only";
import { getPrisma } from "@/lib/db/client";

// For the chat capability: an ACCEPTED introduction is what opens a direct conversation
// between its asker and the member asked (DESIGN.md, capability 3). The chat service asks
// these functions before it creates or shows a direct channel between two people.

/** True when one of the two has accepted an introduction request from the other. */
export async function hasAcceptedIntroduction(userA: string, userB: string) {
  if (userA === userB) return false;
  const found = await getPrisma().introduction.findFirst({
    where: {
      status: "ACCEPTED",
      OR: [
        { askerId: userA, targetId: userB },
        { askerId: userB, targetId: userA },
      ],
    },
    select: { id: true },
  });
  return Boolean(found);
}

/** The people the actor may talk to directly through an accepted introduction, newest first, one row per person. */
export async function listAcceptedIntroductionPairs({ actorId }: { actorId: string }) {
  const rows = await getPrisma().introduction.findMany({
    where: { status: "ACCEPTED", OR: [{ askerId: actorId }, { targetId: actorId }] },
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    select: { id: true, askerId: true, targetId: true, country: true, decidedAt: true },
  });
  const seen = new Set<string>();
  return rows.flatMap((row) => {
    const otherUserId = row.askerId === actorId ? row.targetId : row.askerId;
    if (seen.has(otherUserId)) return [];
    seen.add(otherUserId);
    return [{ introductionId: row.id, otherUserId, country: row.country, acceptedAt: row.decidedAt }];
  });
}
