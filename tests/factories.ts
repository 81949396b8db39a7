// Per-test factories: every call makes unique rows, so tests never share state.
import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db/client";
import type { NetworkRole, NetworkStatus } from "@/generated/prisma/client";

const unique = () => randomUUID().slice(0, 8);

export async function createUser(overrides: { name?: string; email?: string; isAdmin?: boolean; facilitatorOf?: string } = {}) {
  const id = unique();
  const user = await getPrisma().user.create({
    data: {
      email: overrides.email ?? `user-${id}@test.kosmopolit.test`,
      name: overrides.name ?? `Test User ${id}`,
      // Not a real hash: these users sign in through services, never with a password.
      passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$dGVzdHNhbHQ$invalid",
      consentedAt: new Date(),
      isAdmin: overrides.isAdmin ?? false,
      ...(overrides.facilitatorOf ? { facilitator: { create: { organisation: overrides.facilitatorOf } } } : {}),
    },
    select: { id: true, email: true, name: true },
  });
  return user;
}

export async function createNetwork(overrides: { status?: NetworkStatus; name?: string } = {}) {
  const id = unique();
  return getPrisma().network.create({
    data: {
      slug: `test-network-${id}`,
      name: overrides.name ?? `Test Network ${id}`,
      region: "Testlän",
      city: "Teststad",
      description: "A network made by a test.",
      languages: ["sv", "en"],
      status: overrides.status ?? "ACTIVE",
      handedOverAt: overrides.status === "FORMING" ? null : new Date(),
    },
    select: { id: true, slug: true, name: true },
  });
}

export async function addMember(networkId: string, userId: string, role: NetworkRole = "MEMBER") {
  await getPrisma().membership.create({ data: { networkId, userId, role } });
}

/** A network with an organiser, a member, a facilitator and an outsider. */
export async function createNetworkWithPeople(status: NetworkStatus = "ACTIVE") {
  const network = await createNetwork({ status });
  const [organiser, member, facilitator, outsider] = await Promise.all([
    createUser({ name: "Organiser" }),
    createUser({ name: "Member" }),
    createUser({ name: "Facilitator", facilitatorOf: "Business Sweden" }),
    createUser({ name: "Outsider" }),
  ]);
  await addMember(network.id, organiser.id, "ORGANISER");
  await addMember(network.id, member.id, "MEMBER");
  await addMember(network.id, facilitator.id, "FACILITATOR");
  return { network, organiser, member, facilitator, outsider };
}
