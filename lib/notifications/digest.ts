import "server-only";
import { DateTime } from "luxon";
import { getPrisma } from "@/lib/db/client";
import { EVENT_TIME_ZONE } from "@/lib/events/time";
import { countryName } from "@/lib/i18n/display-names";
import { translatorFor } from "@/lib/i18n/translator";
import { collectDigest, type Capped, type Digest } from "./digest-content";
import { quoted, type EmailLine, type EmailSection } from "./email-layout";
import { pageUrl } from "./links";
import { queueEmail, type OutgoingEmail } from "./outbox";
import { deliveriesFor } from "./preferences";
import { presentNotification } from "./present";
import { DIGEST_PREFERENCE } from "./schema";

// The weekly digest: once a week (lib/jobs/queue.ts schedules it) every active person who has
// not switched it off gets one email with what is new for them, in their language — or none
// when nothing is. The idempotency key carries the Stockholm ISO week, so a second run in the
// same week (a retry, a second process) queues nothing.

const DAY_MS = 24 * 60 * 60 * 1000;
/** Without an earlier digest, the digest covers the last week. */
const FIRST_LOOKBACK_DAYS = 7;
/** After a long pause (switched off, then on again) the digest still covers at most four weeks. */
const MAX_LOOKBACK_DAYS = 28;
const BATCH = 100;
/** People collected at once; each collection runs a handful of queries on the shared pool. */
const PARALLEL = 4;
const MOTIVATION_CHARS = 140;

/** "2026-W48": the ISO week of `now` in Stockholm, where the digest's Monday begins. */
export const isoWeekKey = (now: Date) => DateTime.fromJSDate(now, { zone: EVENT_TIME_ZONE }).toFormat("kkkk-'W'WW");

export const digestKey = (userId: string, now: Date) => `digest:${userId}:${isoWeekKey(now)}`;

/** Where the digest starts: the previous digest, else a week back, and never more than four weeks back. */
export function digestSince(previous: Date | null | undefined, now: Date): Date {
  const earliest = new Date(now.getTime() - MAX_LOOKBACK_DAYS * DAY_MS);
  if (!previous) return new Date(now.getTime() - FIRST_LOOKBACK_DAYS * DAY_MS);
  return previous < earliest ? earliest : previous;
}

/**
 * Queues this week's digest for everyone who wants it and has something new; returns how many
 * were queued. `userIds` limits the run to those people (tests share one database). A failure
 * for one person does not stop the others; it is thrown at the end so that the job queue
 * retries, and the week key skips those already queued.
 */
export async function queueWeeklyDigests(now = new Date(), { userIds }: { userIds?: string[] } = {}): Promise<number> {
  let queued = 0;
  const failures: unknown[] = [];
  for (let after = ""; ; ) {
    const batch = await getPrisma().user.findMany({
      where: { status: "ACTIVE", id: { gt: after, ...(userIds ? { in: userIds } : {}) } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, locale: true },
    });
    if (!batch.length) break;
    after = batch.at(-1)!.id;
    queued += await queueBatch(batch, now, failures);
    if (batch.length < BATCH) break;
  }
  if (failures.length) throw new AggregateError(failures, `weekly digest failed for ${failures.length} people`);
  return queued;
}

type Person = { id: string; locale: string };

async function queueBatch(people: Person[], now: Date, failures: unknown[]): Promise<number> {
  const db = getPrisma();
  const ids = people.map((person) => person.id);
  const [deliveries, previous, thisWeek] = await Promise.all([
    deliveriesFor(db, ids, DIGEST_PREFERENCE),
    db.emailDelivery.groupBy({ by: ["userId"], where: { userId: { in: ids }, idempotencyKey: { startsWith: "digest:" } }, _max: { createdAt: true } }),
    db.emailDelivery.findMany({ where: { idempotencyKey: { in: ids.map((id) => digestKey(id, now)) } }, select: { userId: true } }),
  ]);
  const done = new Set(thisWeek.map((row) => row.userId));
  const last = new Map(previous.map((row) => [row.userId, row._max.createdAt]));
  const due = people.filter((person) => deliveries.get(person.id) === "EMAIL_DIGEST" && !done.has(person.id));
  let queued = 0;
  for (let start = 0; start < due.length; start += PARALLEL) {
    const results = await Promise.allSettled(due.slice(start, start + PARALLEL).map((person) => queueDigest(person, digestSince(last.get(person.id), now), now)));
    for (const result of results) {
      if (result.status === "fulfilled") queued += Number(result.value);
      else failures.push(result.reason);
    }
  }
  return queued;
}

async function queueDigest(person: Person, since: Date, now: Date): Promise<boolean> {
  const digest = await collectDigest({ userId: person.id, since, now });
  if (!digest) return false;
  return queueEmail(getPrisma(), {
    userId: person.id,
    idempotencyKey: digestKey(person.id, now),
    unsubscribeKind: DIGEST_PREFERENCE,
    ...renderDigest(digest, { locale: person.locale, since }),
  });
}

type Rendered = Pick<OutgoingEmail, "subject" | "content" | "reason">;

/** The digest in words: subject, sections and footer reason in `locale`. Pure, so unit-tested. */
export function renderDigest(digest: Digest, { locale, since }: { locale: string; since: Date }): Rendered {
  const t = translatorFor(locale);
  const url = (path: string) => pageUrl(locale, path);
  const names = (codes: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(codes.map((code) => countryName(locale, code)));
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: EVENT_TIME_ZONE });
  const single = digest.markets.length === 1 ? digest.markets[0]!.toLowerCase() : null;

  const section = <T>(heading: string, list: Capped<T>, line: (item: T) => EmailLine, morePath: string): EmailSection[] =>
    list.total === 0 ? [] : [{ heading: t(heading), lines: [...list.items.map(line), ...moreLine(list, t("digest.more", { count: list.total - list.items.length }), url(morePath))] }];

  const sections = [
    ...section("digest.requestsHeading", digest.requests, (request) => ({
      text: t("digest.requestLine", { name: request.requesterName, network: request.networkName }),
      url: url(`/networks/${request.networkSlug}/manage`),
      note: quoted(locale, shorten(request.motivation, MOTIVATION_CHARS)),
    }), requestsPath(digest)),
    ...section("digest.membersHeading", digest.members, (member) => ({
      text: member.name,
      url: url(`/members/${member.id}`),
      note: t("digest.memberKnows", { countries: names(member.countries) }),
    }), single ? `/markets/${single}` : "/directory"),
    ...section("digest.knowledgeHeading", digest.knowledge, (item) => ({
      text: item.title,
      url: url(`/knowledge/${item.id}`),
      note: t("digest.knowledgeNote", { kind: item.kind, countries: names(item.countries) }),
    }), single ? `/knowledge?country=${single}` : "/knowledge"),
    ...section("digest.questionsHeading", digest.questions, (question) => ({
      text: question.title,
      url: url(`/knowledge/${question.id}`),
      note: t("digest.questionNote", { count: question.answerCount, countries: names(question.countries) }),
    }), "/knowledge?type=question"),
    ...section("digest.notificationsHeading", digest.notifications, (row) => notificationLine(row, locale), "/notifications"),
    ...section("digest.eventsHeading", digest.events, (event) => ({
      text: event.title,
      url: url(`/events/${event.id}`),
      note: event.tripCountry
        ? t("digest.tripNote", { country: countryName(locale, event.tripCountry), when: when.format(event.startsAt), network: event.networkName })
        : t("digest.eventNote", { when: when.format(event.startsAt), network: event.networkName }),
    }), "/events"),
  ];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: EVENT_TIME_ZONE }).format(since);
  const markets = digest.markets.length ? t("digest.markets", { markets: names(digest.markets) }) : t("digest.noMarkets");
  return {
    subject: subjectOf(digest, t, names),
    content: { title: t("digest.title"), intro: `${t("digest.intro", { date })} ${markets}`, sections, action: { label: t("email.open"), url: url("/") } },
    reason: t("digest.reason"),
  };
}

const moreLine = (list: Capped<unknown>, text: string, url: string): EmailLine[] => (list.total > list.items.length ? [{ text, url }] : []);

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** One network's manage page when every request is for it; otherwise the list of networks. */
const requestsPath = (digest: Digest) => {
  const slugs = new Set(digest.requests.items.map((request) => request.networkSlug));
  return slugs.size === 1 && digest.requests.total === digest.requests.items.length ? `/networks/${[...slugs][0]}/manage` : "/networks";
};

function notificationLine(row: { kind: string; data: unknown }, locale: string): EmailLine {
  const presented = presentNotification(row, locale);
  const t = translatorFor(locale);
  // collectDigest leaves out rows that cannot be presented; this only keeps the type honest.
  if (!presented) return { text: t("notifications.title"), url: pageUrl(locale, "/notifications") };
  return { text: t(`notifications.${presented.messageKey}`, presented.values), url: pageUrl(locale, presented.href), ...(presented.message ? { note: quoted(locale, presented.message) } : {}) };
}

/** The subject names the most useful news: people who know a market, then knowledge, questions, requests. */
function subjectOf(digest: Digest, t: ReturnType<typeof translatorFor>, names: (codes: string[]) => string): string {
  const { members, knowledge, questions, requests } = digest;
  if (members.total > 0) {
    const countries = new Set(members.items.flatMap((member) => member.countries));
    return countries.size === 1 && members.total === members.items.length
      ? t("digest.subjectMembers", { count: members.total, country: names([...countries]) })
      : t("digest.subjectMembersMarkets", { count: members.total });
  }
  if (knowledge.total > 0) return t("digest.subjectKnowledge", { count: knowledge.total });
  if (questions.total > 0) return t("digest.subjectQuestions", { count: questions.total });
  if (requests.total > 0) return t("digest.subjectRequests", { count: requests.total });
  return t("digest.subject");
}
