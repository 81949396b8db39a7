import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import type { NetworkRole } from "@/generated/prisma/enums";
import { canManageNetwork } from "./rules";

type Db = Prisma.TransactionClient | ReturnType<typeof getPrisma>;

/**
 * The network (not archived) and the actor's role in it; refuses unknown slugs. With `lock`
 * (inside a transaction) the network row stays locked until the transaction ends: changes to
 * one network's organisers and status run one at a time, so two at once cannot both pass the
 * last-organiser check.
 */
export async function networkWithRole(db: Db, slug: string, actorId: string | null, { lock = false } = {}) {
  // Locked before reading, so that what follows sees the state left by the previous holder.
  if (lock) await db.$queryRaw`SELECT 1 FROM "Network" WHERE "slug" = ${slug} FOR NO KEY UPDATE`;
  const network = await db.network.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, status: true },
  });
  if (!network || network.status === "ARCHIVED") throw new AppError("NOT_FOUND", "networkNotFound");
  const membership = actorId
    ? await db.membership.findUnique({ where: { userId_networkId: { userId: actorId, networkId: network.id } }, select: { role: true } })
    : null;
  return { network, role: (membership?.role ?? null) as NetworkRole | null };
}

/** For actions only the network's organisers (or, while forming, its facilitator) may take. */
export async function requireManager(db: Db, slug: string, actorId: string, options?: { lock?: boolean }) {
  const result = await networkWithRole(db, slug, actorId, options);
  if (!canManageNetwork(result.role)) throw new AppError("FORBIDDEN", "notOrganiser");
  return result;
}

export async function requireFacilitatorOf(db: Db, slug: string, actorId: string, options?: { lock?: boolean }) {
  const result = await networkWithRole(db, slug, actorId, options);
  if (result.role !== "FACILITATOR") throw new AppError("FORBIDDEN", "notFacilitator");
  return result;
}
