import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { answer, eventWithMembers, fromNow, notifiedCount, rsvpsOf, seatsOf, stockholmLocal } from "@/tests/event-helpers";
import { createUser, notificationsOf } from "@/tests/factories";
import { cancelEvent, updateEvent } from "./events";
import type { RsvpChoice } from "./rules";
import { respondToEvent } from "./rsvp";

const promotions = (userIds: string[], eventId: string) => notifiedCount(userIds, "event.promoted", eventId);

/** Capacity 2: A and B going, then C and D on the waitlist in that order. */
async function fullEvent(extra = 0) {
  const setup = await eventWithMembers(4 + extra, { capacity: 2 });
  const [a, b, c, d, ...rest] = setup.people.map((person) => person.id) as [string, string, string, string, ...string[]];
  expect([await answer(setup.eventId, a, "GOING"), await answer(setup.eventId, b, "GOING")]).toEqual(["GOING", "GOING"]);
  expect([await answer(setup.eventId, c, "GOING"), await answer(setup.eventId, d, "GOING")]).toEqual(["WAITLISTED", "WAITLISTED"]);
  for (const id of rest) expect(await answer(setup.eventId, id, "GOING")).toBe("WAITLISTED");
  return { ...setup, a, b, c, d, rest };
}

describe("the waitlist", () => {
  it("gives a freed seat to the first person waiting, who is told; the next keeps waiting", async () => {
    const { eventId, a, b, c, d } = await fullEvent();
    const before = await seatsOf(eventId);
    expect(before.going.sort()).toEqual([a, b].sort());
    expect(before.waiting).toEqual([c, d]);

    expect(await answer(eventId, a, "DECLINED")).toBe("DECLINED");
    const afterA = await seatsOf(eventId);
    expect(afterA.going.sort()).toEqual([b, c].sort());
    expect(afterA.waiting).toEqual([d]);
    expect(afterA.waitlistedAt).toEqual([before.waitlistedAt[1]]); // D keeps their place
    expect((await rsvpsOf(eventId)).get(c)!.waitlistedAt).toBeNull();
    expect(await notificationsOf(c)).toEqual([expect.objectContaining({ kind: "event.promoted", data: { eventId, title: "Test meeting" }, readAt: null })]);
    expect(await notificationsOf(d)).toEqual([]);

    // Moving from going to interested also frees the seat.
    expect(await answer(eventId, c, "INTERESTED")).toBe("INTERESTED");
    expect((await seatsOf(eventId)).going.sort()).toEqual([b, d].sort());
    expect(await promotions([a, b, c, d], eventId)).toEqual({ [a]: 0, [b]: 0, [c]: 1, [d]: 1 });

    // Nobody waiting: a freed seat stays free and nobody is told anything.
    expect(await answer(eventId, b, "DECLINED")).toBe("DECLINED");
    expect(await seatsOf(eventId)).toEqual({ going: [d], waiting: [], waitlistedAt: [] });
    expect(await promotions([a, b, c, d], eventId)).toEqual({ [a]: 0, [b]: 0, [c]: 1, [d]: 1 });
  });

  it("someone leaving the waitlist promotes nobody; the next seat goes to the one behind them", async () => {
    const { eventId, a, b, c, d } = await fullEvent();
    expect(await answer(eventId, c, "DECLINED")).toBe("DECLINED");
    expect((await rsvpsOf(eventId)).get(c)).toEqual({ userId: c, status: "DECLINED", waitlistedAt: null });
    const seats = await seatsOf(eventId);
    expect(seats.going.sort()).toEqual([a, b].sort());
    expect(seats.waiting).toEqual([d]);
    expect(await promotions([c, d], eventId)).toEqual({ [c]: 0, [d]: 0 });

    await answer(eventId, a, "DECLINED");
    expect((await seatsOf(eventId)).going.sort()).toEqual([b, d].sort());
    expect(await promotions([c, d], eventId)).toEqual({ [c]: 0, [d]: 1 });
  });

  it("answering going again keeps the seat or the place in line, without a second row", async () => {
    const { eventId, a, c, d } = await fullEvent();
    const before = await rsvpsOf(eventId);
    expect(await answer(eventId, a, "GOING")).toBe("GOING");
    expect(await answer(eventId, c, "GOING")).toBe("WAITLISTED");
    const after = await rsvpsOf(eventId);
    expect(after.size).toBe(4);
    expect(after.get(a)!.status).toBe("GOING");
    expect(after.get(c)!.waitlistedAt).toEqual(before.get(c)!.waitlistedAt);
    expect((await seatsOf(eventId)).waiting).toEqual([c, d]); // still ahead of D
    await answer(eventId, a, "DECLINED");
    expect((await rsvpsOf(eventId)).get(c)!.status).toBe("GOING");
  });

  it("someone interested who then asks to go joins the back of the line", async () => {
    const { eventId, c, d, rest } = await fullEvent(1);
    const e = rest[0]!;
    await answer(eventId, e, "DECLINED");
    await answer(eventId, e, "INTERESTED");
    expect(await answer(eventId, e, "GOING")).toBe("WAITLISTED");
    expect((await seatsOf(eventId)).waiting).toEqual([c, d, e]);
  });

  it("raising the capacity promotes the first people waiting, in order, each told once", async () => {
    const { eventId, organiser, input, a, b, c, d, rest } = await fullEvent(1);
    const e = rest[0]!;
    await updateEvent({ actorId: organiser.id, eventId, ...input, capacity: 4 });
    const seats = await seatsOf(eventId);
    expect(seats.going.sort()).toEqual([a, b, c, d].sort());
    expect(seats.waiting).toEqual([e]);
    expect(await promotions([a, b, c, d, e], eventId)).toEqual({ [a]: 0, [b]: 0, [c]: 1, [d]: 1, [e]: 0 });

    // Lowering it below the people going is refused and changes nothing.
    await expect(updateEvent({ actorId: organiser.id, eventId, ...input, capacity: 3 })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { capacity: ["validation.capacityBelowGoing"] } });
    expect(await getPrisma().event.findUniqueOrThrow({ where: { id: eventId }, select: { capacity: true } })).toEqual({ capacity: 4 });

    // No limit any more: everyone waiting gets a seat.
    await updateEvent({ actorId: organiser.id, eventId, ...input, capacity: "" });
    expect(await seatsOf(eventId)).toMatchObject({ waiting: [] });
    expect(await promotions([e], eventId)).toEqual({ [e]: 1 });
  });

  it("an event without a capacity never waitlists", async () => {
    const { eventId, people } = await eventWithMembers(6);
    for (const person of people) expect(await answer(eventId, person.id, "GOING")).toBe("GOING");
    expect(await seatsOf(eventId)).toMatchObject({ waiting: [] });
    expect((await seatsOf(eventId)).going).toHaveLength(6);
  });
});

// ---- Every order of a small script, against a model of the rules -----------------------

type Step = readonly [person: number, choice: RsvpChoice];

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}
const distinctOrders = (script: readonly Step[]) => [...new Map(permutations(script).map((order) => [JSON.stringify(order), order])).values()];

/** What should happen: seats first come first served, the line in order of joining it. */
function model(capacity: number) {
  const going: number[] = [];
  const line: number[] = [];
  const promoted = new Map<number, number>();
  return {
    going,
    line,
    promoted,
    apply(person: number, choice: RsvpChoice): string {
      if (choice === "GOING") {
        if (going.includes(person)) return "GOING";
        if (line.includes(person)) return "WAITLISTED";
        (going.length < capacity ? going : line).push(person);
        return going.includes(person) ? "GOING" : "WAITLISTED";
      }
      const hadSeat = going.includes(person);
      if (hadSeat) going.splice(going.indexOf(person), 1);
      if (line.includes(person)) line.splice(line.indexOf(person), 1);
      while (hadSeat && going.length < capacity && line.length > 0) {
        const next = line.shift()!;
        going.push(next);
        promoted.set(next, (promoted.get(next) ?? 0) + 1);
      }
      return choice;
    },
  };
}

async function playOut(capacity: number, order: Step[], people: number) {
  const { eventId, people: users } = await eventWithMembers(people, { capacity });
  const ids = users.map((user) => user.id);
  const expected = model(capacity);
  for (const [person, choice] of order) {
    const label = `${order.map(([p, c]) => `${p}:${c}`).join(" ")} at ${person}:${choice}`;
    expect(await answer(eventId, ids[person]!, choice), label).toBe(expected.apply(person, choice));
    const seats = await seatsOf(eventId);
    expect(seats.going.length, label).toBeLessThanOrEqual(capacity);
    if (seats.going.length < capacity) expect(seats.waiting, label).toEqual([]);
    expect(seats.going.sort(), label).toEqual(expected.going.map((index) => ids[index]!).sort());
    expect(seats.waiting, label).toEqual(expected.line.map((index) => ids[index]!));
    expect(new Set(seats.waitlistedAt).size, label).toBe(seats.waitlistedAt.length);
  }
  const told = await promotions(ids, eventId);
  expect(told).toEqual(Object.fromEntries(ids.map((id, index) => [id, expected.promoted.get(index) ?? 0])));
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(run));
}

describe("the waitlist in every order of a script", () => {
  const scripts: { capacity: number; people: number; script: Step[] }[] = [
    // Three people take seats, one declines and one becomes merely interested.
    { capacity: 1, people: 3, script: [[0, "GOING"], [1, "GOING"], [2, "GOING"], [0, "DECLINED"], [1, "INTERESTED"]] },
    // Someone leaves and asks to come back.
    { capacity: 2, people: 3, script: [[0, "GOING"], [1, "GOING"], [2, "GOING"], [0, "DECLINED"], [0, "GOING"]] },
  ];
  it.each(scripts)("capacity $capacity: $script.length actions in every order keep going ≤ capacity, no free seat while someone waits, and first come first served", { timeout: 180_000 }, async ({ capacity, people, script }) => {
    const orders = distinctOrders(script);
    expect(orders.length).toBeGreaterThanOrEqual(60);
    await inBatches(orders, 6, (order) => playOut(capacity, order, people));
  });
});

// ---- Concurrency --------------------------------------------------------------------------

async function rush(capacity: number, people: number) {
  const { eventId, people: users } = await eventWithMembers(people, { capacity });
  const results = await Promise.all(users.map((user) => answer(eventId, user.id, "GOING")));
  expect(results.filter((status) => status === "GOING")).toHaveLength(capacity);
  expect(results.filter((status) => status === "WAITLISTED")).toHaveLength(people - capacity);
  const rows = await rsvpsOf(eventId);
  users.forEach((user, index) => expect(rows.get(user.id)!.status).toBe(results[index]));
  const seats = await seatsOf(eventId);
  expect(seats.going).toHaveLength(capacity);
  expect(new Set(seats.waitlistedAt).size).toBe(people - capacity); // a strict order of the line
  return { eventId, seats };
}

describe("capacity under concurrency", () => {
  it("two people taking the last seat at the same moment: one gets it, the other waits", async () => {
    for (let round = 0; round < 5; round++) await rush(1, 2);
  });

  it("capacity 1, eight people at once: exactly one going", async () => {
    await rush(1, 8);
  });

  it("capacity 5, twenty people at once: exactly five going, fifteen in a strict line that is served in order", async () => {
    const { eventId, seats } = await rush(5, 20);
    await Promise.all(seats.going.slice(0, 2).map((userId) => answer(eventId, userId, "DECLINED")));
    const after = await seatsOf(eventId);
    expect(after.going.sort()).toEqual([...seats.going.slice(2), ...seats.waiting.slice(0, 2)].sort());
    expect(after.waiting).toEqual(seats.waiting.slice(2));
    expect(Object.values(await promotions(seats.waiting, eventId))).toEqual([1, 1, ...Array(13).fill(0)]);
  });

  it("one person answering going several times at once holds one seat", async () => {
    const { eventId, people } = await eventWithMembers(1, { capacity: 1 });
    const results = await Promise.all(Array.from({ length: 4 }, () => answer(eventId, people[0]!.id, "GOING")));
    expect(results).toEqual(["GOING", "GOING", "GOING", "GOING"]);
    expect((await rsvpsOf(eventId)).size).toBe(1);
  });

  it("declines and joins at once keep the invariant: freed seats go to those already waiting", async () => {
    await Promise.all(
      [0, 1, 2].map(async () => {
        const { eventId, people } = await eventWithMembers(9, { capacity: 3 });
        const [g1, g2, g3, w1, w2, w3, n1, n2, n3] = people.map((person) => person.id) as [string, string, string, string, string, string, string, string, string];
        for (const id of [g1, g2, g3, w1, w2, w3]) await answer(eventId, id, "GOING");
        expect((await seatsOf(eventId)).waiting).toEqual([w1, w2, w3]);
        await Promise.all([answer(eventId, g1, "DECLINED"), answer(eventId, g2, "INTERESTED"), answer(eventId, w3, "DECLINED"), ...[n1, n2, n3].map((id) => answer(eventId, id, "GOING"))]);
        const seats = await seatsOf(eventId);
        expect(seats.going.sort()).toEqual([g3, w1, w2].sort());
        expect(seats.waiting.sort()).toEqual([n1, n2, n3].sort());
        expect(await promotions(people.map((person) => person.id), eventId)).toEqual(Object.fromEntries(people.map((person) => [person.id, [w1, w2].includes(person.id) ? 1 : 0])));
      }),
    );
  });
});

// ---- Refusals -------------------------------------------------------------------------------

describe("who may answer, and when", () => {
  it("after the deadline nobody newly commits, but someone going may still cancel and the seat moves up", async () => {
    const { eventId, people } = await eventWithMembers(4, { capacity: 1, rsvpDeadline: stockholmLocal(fromNow({ days: 1 })) });
    const [a, b, late] = people.map((person) => person.id) as [string, string, string];
    await answer(eventId, a, "GOING");
    await answer(eventId, b, "GOING");
    await getPrisma().event.update({ where: { id: eventId }, data: { rsvpDeadline: new Date(Date.now() - 60_000) } });
    for (const status of ["GOING", "INTERESTED"]) await expect(answer(eventId, late, status)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "rsvpDeadlinePassed" });
    expect((await rsvpsOf(eventId)).has(late)).toBe(false);
    expect(await answer(eventId, late, "DECLINED")).toBe("DECLINED");
    expect(await answer(eventId, a, "DECLINED")).toBe("DECLINED");
    expect((await rsvpsOf(eventId)).get(b)!.status).toBe("GOING");
    expect(await promotions([b], eventId)).toEqual({ [b]: 1 });
  });

  it("a deadline already past can be set when creating, and is enforced", async () => {
    const { eventId, people } = await eventWithMembers(1, { rsvpDeadline: stockholmLocal(fromNow({ hours: -1 })) });
    await expect(answer(eventId, people[0]!.id, "GOING")).rejects.toMatchObject({ code: "CONFLICT", messageKey: "rsvpDeadlinePassed" });
    expect(await answer(eventId, people[0]!.id, "DECLINED")).toBe("DECLINED");
  });

  it("refuses every answer once the event has started", async () => {
    const { eventId, people } = await eventWithMembers(1, { startsAt: stockholmLocal(fromNow({ hours: -1 })), endsAt: stockholmLocal(fromNow({ hours: 1 })) });
    for (const status of ["GOING", "INTERESTED", "DECLINED"]) await expect(answer(eventId, people[0]!.id, status)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "eventStarted" });
    expect((await rsvpsOf(eventId)).size).toBe(0);
  });

  it("refuses answers to a cancelled event", async () => {
    const { eventId, organiser, people } = await eventWithMembers(1);
    await cancelEvent({ actorId: organiser.id, eventId });
    for (const status of ["GOING", "DECLINED"]) await expect(answer(eventId, people[0]!.id, status)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "eventCancelled" });
    expect((await rsvpsOf(eventId)).size).toBe(0);
  });

  it("hides network events from outsiders and keeps the seats of public ones for members", async () => {
    const outsider = await createUser({ name: "Outsider" });
    const hidden = await eventWithMembers(0);
    await expect(answer(hidden.eventId, outsider.id, "GOING")).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "eventNotFound" });
    const open = await eventWithMembers(0, { visibility: "PUBLIC" });
    await expect(answer(open.eventId, outsider.id, "GOING")).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "eventMembersOnly" });
    await expect(answer("no-such-event", outsider.id, "GOING")).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "eventNotFound" });
    expect((await rsvpsOf(hidden.eventId)).size + (await rsvpsOf(open.eventId)).size).toBe(0);
  });

  it("refuses answers to events of an archived network, which are hidden everywhere else", async () => {
    const { eventId, network, people } = await eventWithMembers(1, { visibility: "PUBLIC" });
    await getPrisma().network.update({ where: { id: network.id }, data: { status: "ARCHIVED" } });
    await expect(answer(eventId, people[0]!.id, "GOING")).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "eventNotFound" });
    expect((await rsvpsOf(eventId)).size).toBe(0);
  });

  it("refuses malformed answers and stores nothing", async () => {
    const { eventId, people } = await eventWithMembers(1);
    const actorId = people[0]!.id;
    await expect(answer(eventId, actorId, "MAYBE")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { status: ["validation.invalid"] } });
    await expect(answer(eventId, actorId, "WAITLISTED")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { status: ["validation.invalid"] } });
    await expect(respondToEvent({ actorId, status: "GOING" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { eventId: ["validation.required"] } });
    expect((await rsvpsOf(eventId)).size).toBe(0);
    expect(await notificationsOf(actorId)).toEqual([]);
  });
});
