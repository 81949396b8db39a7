import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { listChannels } from "@/lib/chat/channels";
import { getPrisma } from "@/lib/db/client";
import { isValidOrgNumber } from "@/lib/profiles/org-number";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "./demo";

const SLUGS = ["ovre-norrland", "stockholm", "skane", "vastra-gotaland", "kronoberg"];
const demoUser = { startsWith: "demo-user-" };

// Counts only the seed's own rows, so that data other tests create in parallel does not matter.
async function demoCounts() {
  const prisma = getPrisma();
  const networkIds = (await prisma.network.findMany({ where: { slug: { in: SLUGS } }, select: { id: true } })).map((network) => network.id);
  return {
    users: await prisma.user.count({ where: { id: demoUser } }),
    profiles: await prisma.profile.count({ where: { userId: demoUser } }),
    companies: await prisma.company.count({ where: { ownerId: demoUser } }),
    languages: await prisma.userLanguage.count({ where: { userId: demoUser } }),
    countryKnowledge: await prisma.countryKnowledge.count({ where: { userId: demoUser } }),
    facilitators: await prisma.facilitator.count({ where: { userId: demoUser } }),
    networks: networkIds.length,
    memberships: await prisma.membership.count({ where: { networkId: { in: networkIds } } }),
    startupMeetings: await prisma.startupMeeting.count({ where: { networkId: { in: networkIds } } }),
    joinRequests: await prisma.joinRequest.count({ where: { networkId: { in: networkIds } } }),
    notifications: await prisma.notification.count({ where: { userId: demoUser } }),
    chatMessages: await prisma.chatMessage.count({ where: { channelId: { startsWith: "demo-chat-" } } }),
  };
}

describe("seedDemoData", () => {
  it("is idempotent and produces the demo networks, people and accounts", async () => {
    const prisma = getPrisma();
    await seedDemoData(prisma);
    const first = await demoCounts();
    await seedDemoData(prisma);
    expect(await demoCounts()).toEqual(first);

    expect(first.users).toBeGreaterThanOrEqual(400);
    expect(first.networks).toBe(5);

    const networks = await prisma.network.findMany({
      where: { slug: { in: SLUGS } },
      select: { slug: true, status: true, handedOverAt: true, createdById: true, startupMeetings: { select: { number: true } }, memberships: { select: { userId: true, role: true } } },
    });
    for (const network of networks) {
      const firms = network.memberships.filter((row) => row.role === "MEMBER" || row.role === "ORGANISER");
      expect(firms.length, network.slug).toBeGreaterThanOrEqual(50);
      expect(firms.length, network.slug).toBeLessThanOrEqual(150);
      const organisers = network.memberships.filter((row) => row.role === "ORGANISER").length;
      expect(organisers, network.slug).toBeGreaterThanOrEqual(2);
      expect(organisers, network.slug).toBeLessThanOrEqual(3);
      const facilitators = network.memberships.filter((row) => row.role === "FACILITATOR");
      expect(facilitators, network.slug).toHaveLength(1);
      expect(network.createdById).toBe(facilitators[0]!.userId);
      const meetings = network.startupMeetings.map((meeting) => meeting.number).sort();
      if (network.slug === "kronoberg") {
        expect(network.status).toBe("FORMING");
        expect(network.handedOverAt).toBeNull();
        expect(meetings).toEqual([1, 2]);
      } else {
        expect(network.status, network.slug).toBe("ACTIVE");
        expect(network.handedOverAt, network.slug).not.toBeNull();
        expect(meetings, network.slug).toEqual([1, 2, 3]);
      }
    }

    // Every member firm is a person with one company; a few people are in two networks.
    const firmUserIds = networks.flatMap((network) => network.memberships.filter((row) => row.role !== "FACILITATOR").map((row) => row.userId));
    const distinct = new Set(firmUserIds);
    expect(await prisma.company.count({ where: { ownerId: { in: [...distinct] } } })).toBe(distinct.size);
    const secondMemberships = firmUserIds.length - distinct.size;
    expect(secondMemberships / distinct.size).toBeGreaterThan(0.02);
    expect(secondMemberships / distinct.size).toBeLessThan(0.1);

    const companies = await prisma.company.findMany({ where: { ownerId: demoUser }, select: { orgNumber: true, exporting: true, exportMarkets: true } });
    expect(companies.filter((company) => !isValidOrgNumber(company.orgNumber))).toEqual([]);
    expect(new Set(companies.map((company) => company.orgNumber)).size).toBe(companies.length);
    const exportingShare = companies.filter((company) => company.exporting).length / companies.length;
    expect(exportingShare).toBeGreaterThanOrEqual(0.3);
    expect(exportingShare).toBeLessThanOrEqual(0.5);
    for (const company of companies) {
      if (company.exporting) expect(company.exportMarkets.length).toBeGreaterThanOrEqual(1);
      expect(company.exportMarkets.length).toBeLessThanOrEqual(company.exporting ? 4 : 0);
    }
    expect(await prisma.countryKnowledge.count({ where: { userId: demoUser, country: "SE" } })).toBe(0);

    // The demo accounts sign in with the demo password and hold the documented roles.
    const accounts = await prisma.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
      select: { email: true, isAdmin: true, passwordHash: true, facilitator: { select: { organisation: true } }, memberships: { select: { role: true, network: { select: { slug: true } } } } },
    });
    const account = (email: string) => accounts.find((row) => row.email === email)!;
    const roles = (email: string) => account(email).memberships.map((row) => `${row.network.slug}:${row.role}`);
    expect(accounts).toHaveLength(4);
    expect(account("admin@kosmopolit.test").isAdmin).toBe(true);
    expect(await verifyPassword(account("admin@kosmopolit.test").passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(account("facilitator@kosmopolit.test").facilitator?.organisation).toBe("Business Sweden");
    expect(roles("facilitator@kosmopolit.test")).toEqual(["kronoberg:FACILITATOR"]);
    expect(roles("organiser@kosmopolit.test")).toEqual(["ovre-norrland:ORGANISER"]);
    expect(roles("member@kosmopolit.test")).toEqual(["ovre-norrland:MEMBER"]);

    // The organiser's queue has two pending requests from people not yet in the network.
    const pending = await prisma.joinRequest.findMany({ where: { network: { slug: "ovre-norrland" }, status: "PENDING", id: { startsWith: "demo-" } }, select: { userId: true } });
    expect(pending).toHaveLength(2);
    const norrland = networks.find((network) => network.slug === "ovre-norrland")!;
    for (const request of pending) expect(norrland.memberships.some((row) => row.userId === request.userId)).toBe(false);
    const notification = await prisma.notification.findFirst({ where: { user: { email: "member@kosmopolit.test" }, kind: "network.join_approved" }, select: { data: true } });
    expect(notification?.data).toEqual({ networkSlug: "ovre-norrland", networkName: "Kosmopolit Övre Norrland" });

    // Section visibilities vary (see visibility.ts); the member demo account stays visible to all members.
    const byAbout = await prisma.profile.groupBy({ by: ["aboutVisibility"], where: { userId: demoUser }, _count: { _all: true } });
    expect(byAbout.map((row) => row.aboutVisibility).sort()).toEqual(["MEMBERS", "NETWORK", "PUBLIC"]);
    expect(await prisma.profile.findFirst({ where: { user: { email: "member@kosmopolit.test" } }, select: { aboutVisibility: true, languagesVisibility: true, countriesVisibility: true, companyVisibility: true, openToIntroductions: true } })).toEqual({
      aboutVisibility: "MEMBERS",
      languagesVisibility: "MEMBERS",
      countriesVisibility: "MEMBERS",
      companyVisibility: "MEMBERS",
      openToIntroductions: true,
    });

    // Every active network's channel has a conversation; the demo member has not read its end.
    const member = await prisma.user.findUniqueOrThrow({ where: { email: "member@kosmopolit.test" }, select: { id: true } });
    const norrlandChat = (await listChannels({ actorId: member.id })).find((channel) => channel.id === "demo-chat-ovre-norrland");
    expect(norrlandChat).toMatchObject({ kind: "NETWORK", name: "Kosmopolit Övre Norrland", lastSeq: 10, unread: 4 });
    const seqs = (await prisma.chatMessage.findMany({ where: { channelId: "demo-chat-ovre-norrland" }, orderBy: { seq: "asc" }, select: { seq: true } })).map((row) => row.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first.chatMessages).toBeGreaterThanOrEqual(40);
  }, 120_000);
});
