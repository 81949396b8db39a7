import { buildAccounts } from "./accounts";
import { networkSeeds } from "./networks";
import { buildMember, dateBetween, type BuildContext } from "./people";
import { Random } from "./random";
import { sectionVisibilities } from "./visibility";
import { addDays, at, type DemoDataset, type MembershipSeed, type PersonSeed } from "./types";

const SEED = 20_261_122;
const FOUNDING_MEMBERS = 18;
const SECOND_NETWORK_SHARE = 0.05;

/** All demo data, computed from a fixed seed: the same on every run. */
export function buildDemoDataset(): DemoDataset {
  const random = new Random(SEED);
  const context: BuildContext = { random, usedOrgNumbers: new Set(), usedCompanyNames: new Set() };
  const { admin, facilitators, organiser, member } = buildAccounts(context);
  const people: PersonSeed[] = [admin, ...[...facilitators.values()].sort((a, b) => a.id.localeCompare(b.id)), organiser, member];
  const memberships: MembershipSeed[] = [];
  const primaryOf = new Map<string, MembershipSeed>();

  for (const network of networkSeeds) {
    const facilitator = facilitators.get(network.slug)!;
    memberships.push({ userId: facilitator.id, networkSlug: network.slug, role: "FACILITATOR", joinedAt: at(network.createdAt, 10) });
  }
  const firstMeeting = (slug: string) => at(networkSeeds.find((network) => network.slug === slug)!.meetings[0]!, 17);
  const organiserMembership: MembershipSeed = { userId: organiser.id, networkSlug: "ovre-norrland", role: "ORGANISER", joinedAt: firstMeeting("ovre-norrland") };
  const memberMembership: MembershipSeed = { userId: member.id, networkSlug: "ovre-norrland", role: "MEMBER", joinedAt: at("2026-11-06", 14) };
  memberships.push(organiserMembership, memberMembership);
  primaryOf.set(organiser.id, organiserMembership).set(member.id, memberMembership);

  // Each network: its own member firms (founding members joined at the first start-up
  // meeting, the rest later), organisers elected among the founders.
  let number = 9;
  const secondCount = new Map(networkSeeds.map((network) => [network.slug, Math.round(network.memberFirms * SECOND_NETWORK_SHARE)]));
  for (const network of networkSeeds) {
    const reserved = memberships.filter((row) => row.networkSlug === network.slug && row.role !== "FACILITATOR");
    const own = network.memberFirms - secondCount.get(network.slug)! - reserved.length;
    const founded: MembershipSeed[] = [];
    for (let i = 0; i < own; i++) {
      const person = buildMember(context, network, number++);
      const joinedAt = i < FOUNDING_MEMBERS ? firstMeeting(network.slug) : dateBetween(random, addDays(firstMeeting(network.slug), 1), at(network.joinedUntil));
      person.createdAt = dateBetween(random, addDays(joinedAt, -12), addDays(joinedAt, -1));
      const membership: MembershipSeed = { userId: person.id, networkSlug: network.slug, role: "MEMBER", joinedAt };
      people.push(person);
      memberships.push(membership);
      primaryOf.set(person.id, membership);
      if (i < FOUNDING_MEMBERS) founded.push(membership);
    }
    const organisersNeeded = network.organisers - reserved.filter((row) => row.role === "ORGANISER").length;
    for (const chosen of random.sample(founded, organisersNeeded)) chosen.role = "ORGANISER";
  }

  // About 5 % of the firms also belong to a second network.
  const twice = new Set<string>();
  for (const network of networkSeeds) {
    const candidates = memberships.filter(
      (row) => row.networkSlug !== network.slug && row.role === "MEMBER" && row.userId.match(/^demo-user-\d+$/) && Number(row.userId.slice(10)) >= 9 && !twice.has(row.userId),
    );
    for (const chosen of random.sample(candidates, secondCount.get(network.slug)!)) {
      twice.add(chosen.userId);
      const from = new Date(Math.max(chosen.joinedAt.getTime(), firstMeeting(network.slug).getTime()) + 86_400_000);
      memberships.push({ userId: chosen.userId, networkSlug: network.slug, role: "MEMBER", joinedAt: dateBetween(random, from, at(network.joinedUntil)) });
    }
  }

  // Two people from other regions ask to join Övre Norrland; the member demo account was approved.
  const inNorrland = new Set(memberships.filter((row) => row.networkSlug === "ovre-norrland").map((row) => row.userId));
  const applicant = (slug: string) => people.find((person) => primaryOf.get(person.id)?.networkSlug === slug && primaryOf.get(person.id)?.role === "MEMBER" && !inNorrland.has(person.id))!;
  const fromStockholm = applicant("stockholm");
  const fromGoteborg = applicant("vastra-gotaland");
  const joinRequests: DemoDataset["joinRequests"] = [
    {
      id: "demo-join-request-1",
      networkSlug: "ovre-norrland",
      userId: member.id,
      motivation: "I moved my company to Umeå this autumn and would like to meet other founders here, especially anyone selling software or services to Latin America.",
      status: "APPROVED",
      createdAt: at("2026-11-05", 8),
      decidedById: organiser.id,
      decidedAt: memberMembership.joinedAt,
      decisionMessage: "Welcome to the network, Tomás! See you at our next meeting in Umeå.",
    },
    {
      id: "demo-join-request-2",
      networkSlug: "ovre-norrland",
      userId: fromStockholm.id,
      motivation: "We are opening a second office in Luleå next year and would like to get to know entrepreneurs in the north who trade with Finland and Norway.",
      status: "PENDING",
      createdAt: at("2026-11-16", 10),
    },
    {
      id: "demo-join-request-3",
      networkSlug: "ovre-norrland",
      userId: fromGoteborg.id,
      motivation: "Several of our customers are mining suppliers in Kiruna and Gällivare. I would like to learn from members who know the region and share what I know about my own markets.",
      status: "PENDING",
      createdAt: at("2026-11-19", 15),
    },
  ];
  const notifications: DemoDataset["notifications"] = [
    {
      id: "demo-notification-1",
      userId: member.id,
      kind: "network.join_approved",
      data: { networkSlug: "ovre-norrland", networkName: "Kosmopolit Övre Norrland" },
      createdAt: memberMembership.joinedAt,
    },
  ];
  for (const person of people) Object.assign(person.profile, sectionVisibilities(person));
  return { people, memberships, joinRequests, notifications };
}
