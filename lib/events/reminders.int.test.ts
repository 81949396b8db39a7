import { spawn, type ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { DateTime } from "luxon";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { dropDatabase, ensureDatabase } from "@/lib/db/bootstrap";
import { getPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { JOBS, startJobQueue } from "@/lib/jobs/queue";
import { answer, eventWithMembers, notifiedCount, stockholmLocal } from "@/tests/event-helpers";
import { notificationsOf } from "@/tests/factories";
import { cancelEvent, updateEvent } from "./events";
import { sendDueReminders } from "./reminders";

const HOUR = 3_600_000;

// sendDueReminders(now) reminds every due event in the database, and other test files share
// it: each test here works in a week of its own, far from today (a random week of 2040–2059).
const firstWeek = DateTime.fromISO("2040-01-03T12:00", { zone: "Europe/Stockholm" }).plus({ weeks: randomInt(0, 20 * 52 - 10) });
let weeksUsed = 0;
const privateStart = () => firstWeek.plus({ weeks: weeksUsed++ });

/** An event starting at `start` (capacity 2) whose people answer in order: going, going, going (waitlisted), interested, declined. */
async function eventWithAnswers(start: DateTime) {
  const setup = await eventWithMembers(5, { startsAt: stockholmLocal(start), endsAt: stockholmLocal(start.plus({ hours: 2 })), capacity: 2 });
  const ids = setup.people.map((person) => person.id);
  const answers = ["GOING", "GOING", "GOING", "INTERESTED", "DECLINED"];
  const statuses = [];
  for (const [index, status] of answers.entries()) statuses.push(await answer(setup.eventId, ids[index]!, status));
  expect(statuses).toEqual(["GOING", "GOING", "WAITLISTED", "INTERESTED", "DECLINED"]);
  return { ...setup, ids, startsAt: start.toJSDate() };
}

const reminders = (ids: string[], eventId: string) => notifiedCount(ids, "event.reminder", eventId);

describe("sendDueReminders", () => {
  it("reminds the people going (not interested, waiting or declined) once, a few hours before", async () => {
    const { eventId, ids, startsAt } = await eventWithAnswers(privateStart());
    const now = new Date(startsAt.getTime() - 3 * HOUR);
    expect(await sendDueReminders(now)).toBe(2);
    expect(await reminders(ids, eventId)).toEqual(Object.fromEntries(ids.map((id, index) => [id, index < 2 ? 1 : 0])));
    expect(await notificationsOf(ids[0]!)).toEqual([
      expect.objectContaining({ kind: "event.reminder", data: { eventId, title: "Test meeting", startsAt: startsAt.toISOString() }, readAt: null }),
    ]);
    expect(await getPrisma().event.findUniqueOrThrow({ where: { id: eventId }, select: { reminderSentAt: true } })).toEqual({ reminderSentAt: now });

    // The next tick (and a later one) send nothing more.
    expect(await sendDueReminders(new Date(now.getTime() + 10 * 60_000))).toBe(0);
    expect(await sendDueReminders(new Date(startsAt.getTime() - 60_000))).toBe(0);
    expect(await reminders(ids, eventId)).toEqual(Object.fromEntries(ids.map((id, index) => [id, index < 2 ? 1 : 0])));
  });

  it("reminds within the next 24 hours only: not later events, not events that have started", async () => {
    const now = privateStart();
    const inWindow = await eventWithAnswers(now.plus({ hours: 24 }));
    const tooFar = await eventWithAnswers(now.plus({ hours: 24, minutes: 1 }));
    const startingNow = await eventWithAnswers(now);
    const started = await eventWithAnswers(now.minus({ minutes: 30 }));
    const none = [0, 0, 0, 0, 0];
    expect(await sendDueReminders(now.toJSDate())).toBe(2);
    expect(Object.values(await reminders(inWindow.ids, inWindow.eventId))).toEqual([1, 1, 0, 0, 0]);
    for (const event of [tooFar, startingNow, started]) expect(Object.values(await reminders(event.ids, event.eventId))).toEqual(none);

    // Two minutes later the farther one is due; the started ones never are.
    expect(await sendDueReminders(now.plus({ minutes: 2 }).toJSDate())).toBe(2);
    expect(Object.values(await reminders(tooFar.ids, tooFar.eventId))).toEqual([1, 1, 0, 0, 0]);
    for (const event of [startingNow, started]) expect(Object.values(await reminders(event.ids, event.eventId))).toEqual(none);
  });

  it("moving the start re-arms the reminder; other changes do not", async () => {
    const start = privateStart();
    const { eventId, ids, organiser, input } = await eventWithAnswers(start);
    const edit = { ...input, startsAt: stockholmLocal(start), endsAt: stockholmLocal(start.plus({ hours: 2 })), capacity: 2 };
    expect(await sendDueReminders(start.minus({ hours: 3 }).toJSDate())).toBe(2);

    await updateEvent({ actorId: organiser.id, eventId, ...edit, title: "Renamed meeting" });
    expect(await sendDueReminders(start.minus({ hours: 2 }).toJSDate())).toBe(0);

    const moved = start.plus({ days: 1 });
    await updateEvent({ actorId: organiser.id, eventId, ...edit, startsAt: stockholmLocal(moved), endsAt: stockholmLocal(moved.plus({ hours: 2 })) });
    expect(await getPrisma().event.findUniqueOrThrow({ where: { id: eventId }, select: { reminderSentAt: true } })).toEqual({ reminderSentAt: null });
    expect(await sendDueReminders(moved.minus({ hours: 3 }).toJSDate())).toBe(2);
    const first = (await notificationsOf(ids[0]!)).filter((notification) => notification.kind === "event.reminder");
    expect(first.map((notification) => notification.data)).toEqual([
      { eventId, title: "Test meeting", startsAt: start.toJSDate().toISOString() },
      { eventId, title: "Test meeting", startsAt: moved.toJSDate().toISOString() },
    ]);
  });

  it("does not remind of a cancelled event", async () => {
    const start = privateStart();
    const { eventId, ids, organiser } = await eventWithAnswers(start);
    await cancelEvent({ actorId: organiser.id, eventId });
    expect(await sendDueReminders(start.minus({ hours: 3 }).toJSDate())).toBe(0);
    expect(Object.values(await reminders(ids, eventId))).toEqual([0, 0, 0, 0, 0]);
  });

  it("several runs at the same moment remind each person once", async () => {
    const start = privateStart();
    const { eventId, ids } = await eventWithAnswers(start);
    const now = start.minus({ hours: 1 }).toJSDate();
    const sent = await Promise.all(Array.from({ length: 4 }, () => sendDueReminders(now)));
    expect(sent.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(Object.values(await reminders(ids, eventId))).toEqual([1, 1, 0, 0, 0]);
  });
});

// The job runs sendDueReminders() at the real time and would remind other test files' events;
// so the workers get a database of their own, on the same server, migrated like the shared one.
describe("the event-reminders job with two worker processes", () => {
  const children: ChildProcess[] = [];
  let jobs: { admin: string; name: string; url: string };
  let db: PrismaClient;
  let boss: PgBoss | undefined;

  beforeAll(async () => {
    const shared = new URL(process.env.DATABASE_URL!);
    const name = `${shared.pathname.slice(1)}_jobs`;
    const admin = new URL(shared);
    admin.pathname = "/postgres";
    const url = new URL(shared);
    url.pathname = `/${name}`;
    jobs = { admin: admin.toString(), name, url: url.toString() };
    await ensureDatabase(jobs.admin, name, { recreate: true });
    await applyMigrations(jobs.url);
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: jobs.url, max: 3 }) });
  });

  afterAll(async () => {
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve).kill("SIGTERM")) : null)));
    await boss?.stop({ graceful: false, wait: true });
    await db?.$disconnect();
    if (jobs) await dropDatabase(jobs.admin, jobs.name);
  });

  function startWorker(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/reminder-worker.ts", "60"], {
        env: { ...process.env, DATABASE_URL: jobs.url },
        stdio: ["ignore", "pipe", "inherit"],
      });
      children.push(child);
      child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.on("exit", (code) => reject(new Error(`worker exited with ${code}`)));
    });
  }

  async function person(index: number) {
    return db.user.create({ data: { email: `worker-${index}@test.kosmopolit.test`, name: `Worker test ${index}`, passwordHash: "not-a-hash", consentedAt: new Date() }, select: { id: true } });
  }

  it("several jobs at once, fetched by two processes, remind each person going exactly once", { timeout: 60_000 }, async () => {
    const network = await db.network.create({
      data: { slug: "jobs-network", name: "Jobs network", region: "Testlän", city: "Teststad", description: "Workers' database.", languages: ["sv"], status: "ACTIVE", handedOverAt: new Date() },
      select: { id: true },
    });
    const [a, b, c, d] = (await Promise.all([0, 1, 2, 3].map(person))) as [{ id: string }, { id: string }, { id: string }, { id: string }];
    const event = async (hoursAway: number, rsvps: [{ id: string }, "GOING" | "INTERESTED" | "WAITLISTED" | "DECLINED"][]) => {
      const startsAt = new Date(Date.now() + hoursAway * HOUR);
      const created = await db.event.create({ data: { networkId: network.id, kind: "NETWORK_MEETING", title: `In ${hoursAway} hours`, startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR) } });
      await db.rsvp.createMany({ data: rsvps.map(([user, status]) => ({ eventId: created.id, userId: user.id, status, waitlistedAt: status === "WAITLISTED" ? new Date() : null })) });
      return created.id;
    };
    const soon = await event(2, [[a, "GOING"], [b, "GOING"], [c, "INTERESTED"], [d, "WAITLISTED"]]);
    const later = await event(20, [[a, "GOING"], [d, "GOING"], [b, "DECLINED"]]);
    const tomorrow = await event(30, [[a, "GOING"], [c, "GOING"]]);

    // Jobs first, then both workers at once: their first fetches run the jobs side by side.
    boss = await startJobQueue(jobs.url, { schedule: false, work: false });
    const jobIds = (await Promise.all(Array.from({ length: 4 }, () => boss!.send(JOBS.eventReminders.name, {})))) as string[];
    expect(jobIds.every(Boolean)).toBe(true);
    await Promise.all([startWorker(), startWorker()]);

    let states: string[] = [];
    for (const giveUp = Date.now() + 45_000; Date.now() < giveUp; await new Promise((resolve) => setTimeout(resolve, 250))) {
      states = await Promise.all(jobIds.map(async (id) => (await boss!.getJobById(JOBS.eventReminders.name, id, { includeArchive: true }))?.state ?? "missing"));
      if (states.every((state) => state === "completed" || state === "failed")) break;
    }
    expect(states).toEqual(["completed", "completed", "completed", "completed"]);

    const sent = await db.notification.findMany({ where: { kind: "event.reminder" }, select: { userId: true, data: true } });
    const received = sent.map((row) => `${(row.data as { eventId: string }).eventId}→${row.userId}`).sort();
    expect(received).toEqual([`${soon}→${a.id}`, `${soon}→${b.id}`, `${later}→${a.id}`, `${later}→${d.id}`].sort());
    const armed = await db.event.findMany({ where: { id: { in: [soon, later, tomorrow] } }, select: { id: true, reminderSentAt: true } });
    expect(Object.fromEntries(armed.map((row) => [row.id, row.reminderSentAt !== null]))).toEqual({ [soon]: true, [later]: true, [tomorrow]: false });
  });
});
