import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { seedChat } from "./chat";
import { ADMIN_EMAIL, FACILITATOR_EMAIL, MEMBER_EMAIL, ORGANISER_EMAIL } from "./accounts";
import { buildDemoDataset } from "./dataset";
import { seedEvents } from "./events";
import { seedKnowledgeBank } from "./knowledge/seed";
import { meetingNotes, networkSeeds } from "./networks";
import { at } from "./types";

// Demo data for a fresh installation: five regional networks, ~520 entrepreneurs with
// profiles, languages, country knowledge and companies, and four accounts to sign in with.
// Ids are deterministic and every insert skips existing rows, so a second run adds nothing.

export const DEMO_PASSWORD = "kosmopolit-demo";

export const DEMO_ACCOUNTS: { email: string; name: string; role: string }[] = [
  { email: ADMIN_EMAIL, name: "Elin Sandberg", role: "admin" },
  { email: FACILITATOR_EMAIL, name: "Johan Ekström", role: "facilitator (Business Sweden, Kosmopolit Kronoberg)" },
  { email: ORGANISER_EMAIL, name: "Amira Haddad", role: "organiser (Kosmopolit Övre Norrland)" },
  { email: MEMBER_EMAIL, name: "Tomás Herrera", role: "member (Kosmopolit Övre Norrland)" },
];

const BATCH = 500;
const networkId = (slug: string) => `demo-network-${slug}`;

async function insertInBatches<T>(rows: T[], write: (batch: T[]) => Promise<{ count: number }>): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += BATCH) inserted += (await write(rows.slice(start, start + BATCH))).count;
  return inserted;
}

export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  const { people, memberships, joinRequests, notifications } = buildDemoDataset();
  // One hash for every demo account: argon2id is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await prisma.$transaction(
    async (tx) => {
      await insertInBatches(people, (batch) =>
        tx.user.createMany({
          skipDuplicates: true,
          data: batch.map((person) => ({
            id: person.id,
            email: person.email,
            name: person.name,
            passwordHash,
            locale: person.locale,
            isAdmin: person.isAdmin ?? false,
            consentedAt: person.createdAt,
            createdAt: person.createdAt,
            updatedAt: person.createdAt,
          })),
        }),
      );
      // An account that existed before the seed keeps its own id; attach the demo rows to it.
      const existing = await tx.user.findMany({ where: { email: { in: people.map((person) => person.email) } }, select: { id: true, email: true } });
      const idByEmail = new Map(existing.map((user) => [user.email, user.id]));
      const idOf = new Map(people.map((person) => [person.id, idByEmail.get(person.email) ?? person.id]));
      const user = (seedId: string) => idOf.get(seedId) ?? seedId;
      const facilitatorOf = new Map(memberships.filter((row) => row.role === "FACILITATOR").map((row) => [row.networkSlug, user(row.userId)]));

      await tx.network.createMany({
        skipDuplicates: true,
        data: networkSeeds.map((network) => ({
          id: networkId(network.slug),
          slug: network.slug,
          name: network.name,
          region: network.region,
          city: network.city,
          description: network.description,
          languages: network.languages,
          status: network.status,
          createdById: facilitatorOf.get(network.slug),
          createdAt: at(network.createdAt, 10),
          handedOverAt: network.status === "ACTIVE" ? at(network.meetings[2]!, 20) : null,
        })),
      });
      const networks = await tx.network.findMany({ where: { slug: { in: networkSeeds.map((network) => network.slug) } }, select: { id: true, slug: true } });
      const networkOf = new Map(networks.map((network) => [network.slug, network.id]));
      const network = (slug: string) => networkOf.get(slug) ?? networkId(slug);
      const adminId = user(people.find((person) => person.isAdmin)!.id);

      await tx.facilitator.createMany({
        skipDuplicates: true,
        data: people
          .filter((person) => person.facilitatorOrganisation)
          .map((person) => ({ userId: user(person.id), organisation: person.facilitatorOrganisation!, appointedAt: person.createdAt, appointedBy: adminId })),
      });
      await insertInBatches(people, (batch) =>
        tx.profile.createMany({ skipDuplicates: true, data: batch.map((person) => ({ userId: user(person.id), ...person.profile, updatedAt: person.createdAt })) }),
      );
      const companies = people.filter((person) => person.company);
      await insertInBatches(companies, (batch) =>
        tx.company.createMany({
          skipDuplicates: true,
          data: batch.map((person) => ({ id: person.id.replace("demo-user-", "demo-company-"), ownerId: user(person.id), ...person.company!, website: person.company!.website ?? null })),
        }),
      );
      const languages = people.flatMap((person) => person.languages.map((language) => ({ userId: user(person.id), ...language })));
      await insertInBatches(languages, (batch) => tx.userLanguage.createMany({ skipDuplicates: true, data: batch }));
      const knowledge = people.flatMap((person) =>
        person.knowledge.map((row, index) => ({
          id: `${person.id.replace("demo-user-", "demo-knowledge-")}-${index + 1}`,
          userId: user(person.id),
          country: row.country,
          relations: row.relations,
          years: row.years,
          areas: row.areas,
          note: row.note ?? null,
        })),
      );
      await insertInBatches(knowledge, (batch) => tx.countryKnowledge.createMany({ skipDuplicates: true, data: batch }));
      await insertInBatches(memberships, (batch) =>
        tx.membership.createMany({
          skipDuplicates: true,
          data: batch.map((row) => ({ userId: user(row.userId), networkId: network(row.networkSlug), role: row.role, joinedAt: row.joinedAt })),
        }),
      );
      await tx.startupMeeting.createMany({
        skipDuplicates: true,
        data: networkSeeds.flatMap((seed) =>
          seed.meetings.map((date, index) => ({
            id: `demo-startup-meeting-${seed.slug}-${index + 1}`,
            networkId: network(seed.slug),
            number: index + 1,
            heldOn: at(date, 0),
            notes: meetingNotes[index] ?? null,
            recordedById: facilitatorOf.get(seed.slug) ?? null,
            createdAt: at(date, 20),
          })),
        ),
      });
      await tx.joinRequest.createMany({
        skipDuplicates: true,
        data: joinRequests.map((request) => ({
          id: request.id,
          networkId: network(request.networkSlug),
          userId: user(request.userId),
          motivation: request.motivation,
          status: request.status,
          createdAt: request.createdAt,
          decidedById: request.decidedById ? user(request.decidedById) : null,
          decidedAt: request.decidedAt ?? null,
          decisionMessage: request.decisionMessage ?? null,
        })),
      });
      await tx.notification.createMany({
        skipDuplicates: true,
        data: notifications.map((notification) => ({
          id: notification.id,
          userId: user(notification.userId),
          kind: notification.kind,
          data: notification.data satisfies Prisma.InputJsonValue,
          createdAt: notification.createdAt,
        })),
      });
      await seedKnowledgeBank(tx);
      await seedEvents(tx);
      await seedChat(tx, (await tx.user.findUnique({ where: { email: MEMBER_EMAIL }, select: { id: true } }))?.id ?? null);
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}
