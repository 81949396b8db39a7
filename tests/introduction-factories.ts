// Factories for the introduction and world-map tests: people with a profile (openness to
// introductions, countries visibility) and the countries they know.
import { getPrisma } from "@/lib/db/client";
import type { Visibility } from "@/generated/prisma/client";
import { addMember, createNetwork, createUser } from "./factories";

export async function createKnower({
  networkId,
  open = true,
  countries = ["VN", "DE"],
  visibility = "MEMBERS",
  name,
}: { networkId?: string; open?: boolean; countries?: string[]; visibility?: Visibility; name?: string } = {}) {
  const db = getPrisma();
  const user = await createUser(name ? { name } : {});
  await db.profile.create({ data: { userId: user.id, openToIntroductions: open, countriesVisibility: visibility } });
  if (countries.length) await db.countryKnowledge.createMany({ data: countries.map((country) => ({ userId: user.id, country, relations: ["LIVED"] })) });
  if (networkId) await addMember(networkId, user.id);
  return user;
}

/** A member of a fresh network and `targets` open members of it who know VN and DE. */
export async function askerWithTargets(targets = 1, options: Parameters<typeof createKnower>[0] = {}) {
  const network = await createNetwork();
  const asker = await createUser({ name: "Asker" });
  await addMember(network.id, asker.id);
  const people = [];
  for (let index = 0; index < targets; index++) people.push(await createKnower({ networkId: network.id, name: `Target ${index}`, ...options }));
  return { network, asker, targets: people };
}

/** Every introduction of the given people and their notifications: a refusal must change neither. */
export async function introductionState(userIds: string[]) {
  const db = getPrisma();
  const [introductions, notifications] = await Promise.all([
    db.introduction.findMany({
      where: { OR: [{ askerId: { in: userIds } }, { targetId: { in: userIds } }] },
      orderBy: { id: "asc" },
      select: { id: true, status: true, response: true, decidedAt: true },
    }),
    db.notification.findMany({ where: { userId: { in: userIds } }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { introductions, notifications };
}

export const REASON = "We sell solar pumps and look for distributors in the region.";
