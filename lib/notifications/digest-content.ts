import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { loadKnowledgeActor } from "@/lib/knowledge/actor";
import { isMember, type KnowledgeActor } from "@/lib/knowledge/rules";
import { canSeeSql, viewerFor } from "@/lib/profiles/visibility-sql";
import { getPreferences } from "./preferences";
import { presentNotification } from "./present";
import { notificationKinds } from "./schema";

// What one person's weekly digest says, as data (ids, names, codes, dates); digest.ts puts it
// into words in the person's language. Every list is capped; `total` says how many there were.

/** Lines per section; the rest is "and N more" with a link to the page that lists them all. */
export const DIGEST_CAP = 10;
/** Events and trips starting within this window are "coming up". */
export const UPCOMING_DAYS = 14;
/** Unanswered questions older than this are unlikely to still need help. */
export const QUESTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Capped<T> {
  items: T[];
  total: number;
}

export interface Digest {
  /** Export markets ∪ followed countries. */
  markets: string[];
  members: Capped<{ id: string; name: string; countries: string[] }>;
  events: Capped<{ id: string; title: string; startsAt: Date; networkName: string; tripCountry: string | null }>;
  knowledge: Capped<{ id: string; title: string; kind: "ARTICLE" | "STORY"; countries: string[] }>;
  questions: Capped<{ id: string; title: string; countries: string[]; answerCount: number }>;
  requests: Capped<{ id: string; networkSlug: string; networkName: string; requesterName: string; motivation: string }>;
  notifications: Capped<{ id: string; kind: string; data: unknown }>;
}

/** The first `cap` items and how many there were. */
export function capList<T>(items: T[], cap = DIGEST_CAP): Capped<T> {
  return { items: items.slice(0, cap), total: items.length };
}

interface Window {
  userId: string;
  since: Date;
  now: Date;
}

/**
 * The digest for one person, or null when nothing is new. "New" means something happened since
 * `since` (the previous digest): a member joined, knowledge or a question was published, a join
 * request arrived, a notification came, or an event was announced. Once one of those is there,
 * each section shows the whole current picture (every pending request, every unanswered recent
 * question, every event of the next two weeks), because that is what the reader acts on. Events
 * that were already announced do not make a digest by themselves: they were in the last one, and
 * sending the same calendar every week is the nagging this digest exists to avoid.
 */
export async function collectDigest({ userId, since, now }: Window): Promise<Digest | null> {
  const actor = await loadKnowledgeActor(userId);
  if (!actor) return null; // removed, deleted or unknown: no email at all
  const markets = await marketsOf(userId);
  const window = { userId, since, now };
  const readable = readableWhere(actor);
  const [members, upcoming, knowledge, questions, requests, notifications] = await Promise.all([
    newMembers(window, markets),
    upcomingEvents(window),
    newKnowledge(window, markets, readable),
    isMember(actor) ? openQuestions(window, readable) : [],
    pendingRequests(window),
    digestNotifications(window),
  ]);
  const fresh =
    members.length > 0 ||
    knowledge.length > 0 ||
    questions.some((question) => question.publishedAt >= since) ||
    requests.some((request) => request.createdAt >= since) ||
    notifications.length > 0 ||
    upcoming.some((event) => event.createdAt >= since);
  if (!fresh) return null;
  return {
    markets,
    members: capList(members),
    events: capList(upcoming),
    knowledge: capList(knowledge),
    questions: capList(questions),
    requests: capList(requests),
    notifications: capList(notifications),
  };
}

/** The markets a person cares about: their company's export markets and the countries they follow. */
async function marketsOf(userId: string): Promise<string[]> {
  const [company, follows] = await Promise.all([
    getPrisma().company.findUnique({ where: { ownerId: userId }, select: { exportMarkets: true } }),
    getPrisma().countryFollow.findMany({ where: { userId }, select: { country: true } }),
  ]);
  return [...new Set([...(company?.exportMarkets ?? []), ...follows.map((follow) => follow.country)])].sort();
}

/**
 * Member firms who joined a network that is not archived since `since` and know one of the
 * markets. The profile rule decides who is listed: the reader must be allowed to see both the
 * person (about) and what countries they know (countries), exactly as on the market page.
 */
async function newMembers({ userId, since, now }: Window, markets: string[]) {
  if (!markets.length) return [];
  const viewer = await viewerFor(userId);
  const see = (section: "about" | "countries") => canSeeSql(section, viewer, Prisma.sql`u."id"`, "p");
  return getPrisma().$queryRaw<{ id: string; name: string; countries: string[] }[]>`
    SELECT u."id", u."name", array_agg(DISTINCT ck."country"::text ORDER BY ck."country"::text) AS countries
    FROM "User" u
    LEFT JOIN "Profile" p ON p."userId" = u."id"
    JOIN "CountryKnowledge" ck ON ck."userId" = u."id" AND ck."country" = ANY(${markets}::text[])
    JOIN "Membership" m ON m."userId" = u."id" AND m."role" IN ('MEMBER', 'ORGANISER') AND m."joinedAt" >= ${since} AND m."joinedAt" <= ${now}
    JOIN "Network" n ON n."id" = m."networkId" AND n."status" <> 'ARCHIVED'
    WHERE u."status" = 'ACTIVE' AND u."id" <> ${userId} AND ${see("about")} AND ${see("countries")}
    GROUP BY u."id", u."name"
    ORDER BY max(m."joinedAt") DESC, u."id"`;
}

/** Scheduled events and trips of the person's networks (not archived) in the next two weeks. */
async function upcomingEvents({ userId, now }: Window) {
  const rows = await getPrisma().event.findMany({
    where: {
      status: "SCHEDULED",
      startsAt: { gte: now, lte: new Date(now.getTime() + UPCOMING_DAYS * DAY_MS) },
      network: { status: { not: "ARCHIVED" }, memberships: { some: { userId } } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, startsAt: true, createdAt: true, network: { select: { name: true } }, trip: { select: { country: true } } },
  });
  return rows.map(({ network, trip, ...event }) => ({ ...event, networkName: network.name, tripCountry: trip?.country ?? null }));
}

/**
 * Published knowledge the person may read: public items, or members-only ones for a member of
 * a network (the rule of lib/knowledge/rules.ts); their own writing is no news to them.
 */
function readableWhere(actor: KnowledgeActor): Prisma.KnowledgeItemWhereInput {
  return { status: "PUBLISHED", authorId: { not: actor.id }, ...(isMember(actor) ? {} : { visibility: "PUBLIC" }) };
}

/** Articles and export stories about the markets, published since `since` (questions have their own section). */
async function newKnowledge({ since, now }: Window, markets: string[], readable: Prisma.KnowledgeItemWhereInput) {
  if (!markets.length) return [];
  const rows = await getPrisma().knowledgeItem.findMany({
    where: { ...readable, kind: { in: ["ARTICLE", "STORY"] }, countries: { hasSome: markets }, publishedAt: { gte: since, lte: now } },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, kind: true, countries: true },
  });
  return rows.map((row) => ({ ...row, kind: row.kind as "ARTICLE" | "STORY", countries: row.countries.filter((country) => markets.includes(country)) }));
}

/**
 * Recent questions without an accepted answer about countries the person knows (their profile's
 * country knowledge), that they did not ask and have not answered yet. Only members may answer
 * (lib/knowledge/rules.ts canAnswer), so only members get this section.
 */
async function openQuestions({ userId, now }: Window, readable: Prisma.KnowledgeItemWhereInput) {
  const known = await getPrisma().countryKnowledge.findMany({ where: { userId }, select: { country: true } });
  const countries = known.map((row) => row.country);
  if (!countries.length) return [];
  const rows = await getPrisma().knowledgeItem.findMany({
    where: {
      ...readable,
      kind: "QUESTION",
      acceptedAnswerId: null,
      countries: { hasSome: countries },
      publishedAt: { gte: new Date(now.getTime() - QUESTION_DAYS * DAY_MS), lte: now },
      answers: { none: { authorId: userId } },
    },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, countries: true, answerCount: true, publishedAt: true },
  });
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt!, countries: row.countries.filter((country) => countries.includes(country)) }));
}

/** For organisers (and a forming network's facilitator): every pending join request, oldest first. */
async function pendingRequests({ userId }: Window) {
  const managed = await getPrisma().membership.findMany({
    where: {
      userId,
      network: { status: { not: "ARCHIVED" } },
      OR: [{ role: "ORGANISER" }, { role: "FACILITATOR", network: { status: "FORMING" } }],
    },
    select: { networkId: true },
  });
  if (!managed.length) return [];
  const rows = await getPrisma().joinRequest.findMany({
    where: { status: "PENDING", networkId: { in: managed.map((row) => row.networkId) }, user: { status: "ACTIVE" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, motivation: true, createdAt: true, user: { select: { name: true } }, network: { select: { slug: true, name: true } } },
  });
  return rows.map((row) => ({ id: row.id, createdAt: row.createdAt, motivation: row.motivation, requesterName: row.user.name, networkSlug: row.network.slug, networkName: row.network.name }));
}

/**
 * Unread notifications since `since` of the kinds the person wants in the digest. Join requests
 * are left out: the requests section lists the pending ones, one line each, and a decided
 * request needs no line. Notifications already read in the centre are not news any more.
 */
async function digestNotifications({ userId, since, now }: Window) {
  const preferences = await getPreferences({ actorId: userId });
  const kinds = notificationKinds.filter((kind) => preferences[kind] === "EMAIL_DIGEST" && kind !== "network.join_requested");
  if (!kinds.length) return [];
  const rows = await getPrisma().notification.findMany({
    where: { userId, kind: { in: kinds }, readAt: null, createdAt: { gte: since, lte: now } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, data: true },
  });
  // Rows whose data no longer fits their kind cannot be worded; the centre skips them too.
  return rows.filter((row) => presentNotification(row) !== null);
}
