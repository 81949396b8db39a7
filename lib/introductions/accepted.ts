import "server-only";
import { getPrisma } from "@/lib/db/client";

// For the chat capability: an ACCEPTED introduction is what opens a direct conversation
// between its asker and the member asked (DESIGN.md, capability 3). The chat service asks this
// before it lets someone start a conversation (lib/chat/channels.ts lists the conversations of
// accepted introductions in one statement of its own).

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
