import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { networkWithRole } from "@/lib/networks/access";
import { countryCode } from "@/lib/profiles/schema";
import { slug } from "@/lib/validation";
import { suggestTripLeaders } from "./queries";
import { canManageEvents } from "./rules";

// Loaders for the organisers' event editor (pages, its server actions and the trip-leaders
// route). Every one checks that the actor may manage the network's events before it answers.

export type LeaderOption = { id: string; name: string; relations: string[]; years: number | null };
export type BriefingOption = { id: string; title: string };

/** The network by slug when the actor may manage its events; NOT_FOUND or FORBIDDEN otherwise. */
export async function managedNetworkForEditor(networkSlug: string, actorId: string) {
  const { network, role } = await networkWithRole(getPrisma(), networkSlug, actorId);
  if (!canManageEvents(role, network.status)) throw new AppError("FORBIDDEN", "notEventManager");
  return network;
}

/**
 * Published knowledge items about the country, newest first, to link as a trip's briefings.
 * Items already linked (`keep`) stay on the list even when their tags changed since.
 */
export async function briefingOptions(country: string | null, keep: string[] = []): Promise<BriefingOption[]> {
  if (!country && keep.length === 0) return [];
  const items = await getPrisma().knowledgeItem.findMany({
    where: { status: "PUBLISHED", OR: [...(country ? [{ countries: { has: country } }] : []), ...(keep.length ? [{ id: { in: keep } }] : [])] },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: 20 + keep.length,
    select: { id: true, title: true },
  });
  // The linked ones first, so a full list never pushes them out.
  return [...items.filter((item) => keep.includes(item.id)), ...items.filter((item) => !keep.includes(item.id))].slice(0, Math.max(20, keep.length));
}

/** People of the network who know the country (born, lived, worked there…), as leader options. */
export async function leaderSuggestions(networkId: string, country: string | null): Promise<LeaderOption[]> {
  if (!country) return [];
  const people = await suggestTripLeaders({ networkId, country });
  return people.map((person) => ({ id: person.id, name: person.name, relations: person.countryKnowledge[0]?.relations ?? [], years: person.countryKnowledge[0]?.years ?? null }));
}

const tripOptionsSchema = z.object({ networkSlug: slug, country: countryCode });

async function checkedTripQuery({ actorId, ...input }: { actorId: string; networkSlug: unknown; country: unknown }) {
  const { networkSlug, country } = parseInput(tripOptionsSchema, input);
  return { network: await managedNetworkForEditor(networkSlug, actorId), country };
}

/** For GET /api/v1/networks/[slug]/trip-leaders: the leader suggestions for a country. */
export async function tripLeadersForEditor(input: { actorId: string; networkSlug: unknown; country: unknown }) {
  const { network, country } = await checkedTripQuery(input);
  return leaderSuggestions(network.id, country);
}

/** For the editor's country change: the briefing articles about the new country. */
export async function tripBriefingsForEditor(input: { actorId: string; networkSlug: unknown; country: unknown }) {
  const { country } = await checkedTripQuery(input);
  return briefingOptions(country);
}
