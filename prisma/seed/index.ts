import { disconnectPrisma, getPrisma } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/bootstrap";
import { applyMigrations } from "@/lib/db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "./demo";

// `npm run db:seed`: demo data on DATABASE_URL, or on the embedded database when unset.
// Safe to run again: existing rows are kept and nothing is duplicated.

const db = await prepareDatabase();
try {
  const applied = await applyMigrations(db.url);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
  process.env.DATABASE_URL = db.url;
  const prisma = getPrisma();

  const count = async () => ({
    users: await prisma.user.count(),
    profiles: await prisma.profile.count(),
    companies: await prisma.company.count(),
    exporting: await prisma.company.count({ where: { exporting: true } }),
    languages: await prisma.userLanguage.count(),
    countryKnowledge: await prisma.countryKnowledge.count(),
    networks: await prisma.network.count(),
    memberships: await prisma.membership.count(),
    startupMeetings: await prisma.startupMeeting.count(),
    joinRequests: await prisma.joinRequest.count(),
    notifications: await prisma.notification.count(),
    knowledgeItems: await prisma.knowledgeItem.count(),
    knowledgeAnswers: await prisma.knowledgeAnswer.count(),
    events: await prisma.event.count(),
    rsvps: await prisma.rsvp.count(),
  });

  const before = await count();
  const started = performance.now();
  await seedDemoData(prisma);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const after = await count();

  console.log(`\nDemo data seeded in ${seconds} s.`);
  console.table(Object.fromEntries(Object.entries(after).map(([table, total]) => [table, { total, added: total - before[table as keyof typeof before] }])));

  const networks = await prisma.network.findMany({
    orderBy: { createdAt: "asc" },
    select: { slug: true, status: true, _count: { select: { memberships: { where: { role: { in: ["MEMBER", "ORGANISER"] } } }, startupMeetings: true } } },
  });
  console.table(networks.map((network) => ({ network: network.slug, status: network.status, memberFirms: network._count.memberships, startupMeetings: network._count.startupMeetings })));

  console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(30)} ${account.name.padEnd(16)} ${account.role}`);
} finally {
  await disconnectPrisma();
  await db.embedded?.stop();
}
