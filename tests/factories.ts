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

/** Records start-up meetings 1…`meetings` as held, without the service. */
export async function addStartupMeetings(networkId: string, recordedById: string, meetings: number) {
  for (let number = 1; number <= meetings; number++) {
    await getPrisma().startupMeeting.create({ data: { networkId, number, heldOn: new Date(Date.UTC(2026, 0, number)), recordedById } });
  }
}

/** An address no other test uses, so rate-limit counters never collide. */
export const uniqueIp = () => `test-${randomUUID()}`;
export const uniqueEmail = (label = "person") => `${label}-${unique()}@test.kosmopolit.test`;

/** An organiser of one network, who is an outsider everywhere else. */
export async function createOrganiserElsewhere() {
  const network = await createNetwork();
  const organiser = await createUser({ name: "Organiser elsewhere" });
  await addMember(network.id, organiser.id, "ORGANISER");
  return organiser;
}

/** Pending join request made directly, without the service's notifications. */
export async function createJoinRequest(networkId: string, userId: string, motivation = "I would like to learn about exporting.") {
  return getPrisma().joinRequest.create({ data: { networkId, userId, motivation }, select: { id: true } });
}

/**
 * Everything a network action may change, for asserting that a refusal changed nothing:
 * the network row, its memberships, requests, invitations and meetings, the notifications
 * and facilitator rows of the given users, and the networks they created.
 */
export async function snapshot(networkIds: string[], userIds: string[]) {
  const db = getPrisma();
  const byNetwork = { networkId: { in: networkIds } };
  const [networks, memberships, joinRequests, invitations, startupMeetings, notifications, facilitators, createdNetworks] = await Promise.all([
    db.network.findMany({ where: { id: { in: networkIds } }, orderBy: { id: "asc" }, select: { id: true, status: true, handedOverAt: true } }),
    db.membership.findMany({ where: byNetwork, orderBy: [{ networkId: "asc" }, { userId: "asc" }], select: { networkId: true, userId: true, role: true } }),
    db.joinRequest.findMany({ where: byNetwork, orderBy: { id: "asc" }, select: { id: true, status: true, decidedById: true, decidedAt: true } }),
    db.invitation.findMany({ where: byNetwork, orderBy: { id: "asc" }, select: { id: true, uses: true, revokedAt: true } }),
    db.startupMeeting.findMany({ where: byNetwork, orderBy: { id: "asc" }, select: { id: true, number: true } }),
    db.notification.findMany({ where: { userId: { in: userIds } }, orderBy: { id: "asc" }, select: { id: true, readAt: true } }),
    db.facilitator.findMany({ where: { userId: { in: userIds } }, orderBy: { userId: "asc" }, select: { userId: true, organisation: true } }),
    db.network.findMany({ where: { createdById: { in: userIds } }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { networks, memberships, joinRequests, invitations, startupMeetings, notifications, facilitators, createdNetworks };
}

/** Oldest first; cuid ids break ties within a millisecond in creation order. */
export async function notificationsOf(userId: string) {
  return getPrisma().notification.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, kind: true, data: true, readAt: true } });
}

export async function roleIn(networkId: string, userId: string) {
  const membership = await getPrisma().membership.findUnique({ where: { userId_networkId: { userId, networkId } }, select: { role: true } });
  return membership?.role ?? null;
}
