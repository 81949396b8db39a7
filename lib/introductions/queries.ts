import "server-only";
import { getPrisma } from "@/lib/db/client";
import { viewerFor } from "@/lib/profiles/visibility-sql";
import { visibleTarget } from "./access";
import { MAX_PENDING_INTRODUCTIONS, introductionAvailability } from "./rules";

const fields = { id: true, country: true, reason: true, status: true, response: true, createdAt: true, decidedAt: true } as const;
const person = { select: { id: true, name: true } } as const;

/**
 * The actor's introductions: received (pending first, then newest) and sent (newest first),
 * each with the other person's id and name. PostgreSQL sorts an enum in declaration order,
 * so ordering by status puts PENDING first.
 */
export async function listIntroductions({ actorId }: { actorId: string }) {
  const db = getPrisma();
  const [received, sent] = await Promise.all([
    db.introduction.findMany({
      where: { targetId: actorId },
      orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: { ...fields, asker: person },
    }),
    db.introduction.findMany({
      where: { askerId: actorId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: { ...fields, target: person },
    }),
  ]);
  return {
    received: received.map(({ asker, ...introduction }) => ({ ...introduction, person: asker })),
    sent: sent.map(({ target, ...introduction }) => ({ ...introduction, person: target })),
  };
}

/**
 * What the "ask for an introduction" panel on a member's profile needs: the countries that
 * member knows which the viewer may see (each marked when a request about it is already
 * pending), and why asking is unavailable, if it is. Null when the viewer may not see the
 * member's countries at all: the panel then shows nothing.
 */
export async function getIntroductionPanel({ actorId, targetId }: { actorId: string | null; targetId: string }) {
  const empty = { targetName: null, countries: [], pendingCount: 0, max: MAX_PENDING_INTRODUCTIONS };
  if (!actorId) return { ...empty, unavailable: "signedOut" as const };
  if (actorId === targetId) return { ...empty, unavailable: "self" as const };
  const db = getPrisma();
  const viewer = await viewerFor(actorId);
  const target = await visibleTarget(db, viewer, targetId);
  if (!target) return null;
  const [known, pending] = await Promise.all([
    db.countryKnowledge.findMany({ where: { userId: targetId }, orderBy: { country: "asc" }, select: { country: true } }),
    db.introduction.findMany({ where: { askerId: actorId, status: "PENDING" }, select: { targetId: true, country: true } }),
  ]);
  const countries = known.map((row) => row.country);
  const pendingCountries = pending.filter((request) => request.targetId === targetId).map((request) => request.country);
  const unavailable = introductionAvailability({
    signedIn: true,
    isSelf: false,
    askerIsNetworkMember: viewer.isNetworkMember,
    targetOpen: target.open,
    countries,
    pendingCountries,
    askerPendingCount: pending.length,
  });
  return {
    targetName: target.name,
    countries: countries.map((code) => ({ code, pending: pendingCountries.includes(code) })),
    pendingCount: pending.length,
    max: MAX_PENDING_INTRODUCTIONS,
    unavailable,
  };
}
