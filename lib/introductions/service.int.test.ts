import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { addMember, createNetwork, createUser, notificationsOf } from "@/tests/factories";
import { askerWithTargets, createKnower, introductionState, REASON } from "@/tests/introduction-factories";
import { MAX_PENDING_INTRODUCTIONS } from "./rules";
import { askForIntroduction, respondToIntroduction, withdrawIntroduction } from "./service";

const ask = (actorId: string, targetId: string, country = "VN", reason: unknown = REASON) => askForIntroduction({ actorId, targetId, country, reason });

/** Runs a refused call and checks it left every introduction and notification of these people as it was. */
async function expectRefusedWithoutChange(userIds: string[], call: () => Promise<unknown>, refusal: Record<string, unknown>) {
  const before = await introductionState(userIds);
  await expect(call()).rejects.toMatchObject(refusal);
  expect(await introductionState(userIds)).toEqual(before);
}

describe("askForIntroduction", () => {
  it("creates a pending request and tells the target, with the asker's name and the country", async () => {
    const { asker, targets: [target] } = await askerWithTargets();
    const { id } = await ask(asker.id, target!.id, "vn");
    const row = await getPrisma().introduction.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ askerId: asker.id, targetId: target!.id, country: "VN", reason: REASON, status: "PENDING", decidedAt: null });
    expect(await notificationsOf(target!.id)).toEqual([
      expect.objectContaining({ kind: "introduction.requested", data: { introductionId: id, askerName: "Asker", country: "VN" } }),
    ]);
    expect(await notificationsOf(asker.id)).toEqual([]);
  });

  it("refuses invalid input: a short or marked-up reason, a country code that does not exist", async () => {
    const { asker, targets: [target] } = await askerWithTargets();
    const people = [asker.id, target!.id];
    await expectRefusedWithoutChange(people, () => ask(asker.id, target!.id, "VN", "too short"), { code: "INVALID", fieldErrors: { reason: ["validation.tooShort"] } });
    await expectRefusedWithoutChange(people, () => ask(asker.id, target!.id, "VN", "x".repeat(501)), { code: "INVALID", fieldErrors: { reason: ["validation.tooLong"] } });
    await expectRefusedWithoutChange(people, () => ask(asker.id, target!.id, "VN", "<b>hello there</b>"), { code: "INVALID", fieldErrors: { reason: ["validation.noMarkup"] } });
    await expectRefusedWithoutChange(people, () => ask(asker.id, target!.id, "ZZ"), { code: "INVALID", fieldErrors: { country: ["validation.introductionCountry"] } });
  });

  it("refuses a country the target does not know", async () => {
    const { asker, targets: [target] } = await askerWithTargets();
    await expectRefusedWithoutChange([asker.id, target!.id], () => ask(asker.id, target!.id, "FR"), { code: "INVALID", fieldErrors: { country: ["validation.introductionCountry"] } });
  });

  it("refuses asking oneself", async () => {
    const network = await createNetwork();
    const person = await createKnower({ networkId: network.id });
    await expectRefusedWithoutChange([person.id], () => ask(person.id, person.id), { code: "INVALID", messageKey: "introductionToSelf" });
  });

  it("refuses someone who is in no network", async () => {
    const target = await createKnower({ networkId: (await createNetwork()).id, visibility: "PUBLIC" });
    const outsider = await createUser();
    await expectRefusedWithoutChange([outsider.id, target.id], () => ask(outsider.id, target.id), { code: "FORBIDDEN", messageKey: "introductionsMembersOnly" });
  });

  it("refuses a target not open to introductions", async () => {
    const { asker, targets: [target] } = await askerWithTargets(1, { open: false });
    await expectRefusedWithoutChange([asker.id, target!.id], () => ask(asker.id, target!.id), { code: "CONFLICT", messageKey: "notOpenToIntroductions" });
  });

  it("refuses, as not found, targets the asker may not see: hidden countries, unknown ids, removed accounts", async () => {
    const { asker } = await askerWithTargets(0);
    const elsewhere = await createNetwork();
    const hidden = await createKnower({ networkId: elsewhere.id, visibility: "NETWORK" });
    const removed = await createKnower({ networkId: elsewhere.id, visibility: "PUBLIC" });
    await getPrisma().user.update({ where: { id: removed.id }, data: { status: "REMOVED" } });
    for (const targetId of [hidden.id, removed.id, "no-such-user"]) {
      await expectRefusedWithoutChange([asker.id, hidden.id, removed.id], () => ask(asker.id, targetId), { code: "NOT_FOUND", messageKey: "introductionTargetNotFound" });
    }
    // Sharing a network makes the NETWORK-visible countries visible, and the ask possible.
    await addMember(elsewhere.id, asker.id);
    await expect(ask(asker.id, hidden.id)).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("refuses a duplicate pending request, but allows another country or a new ask once answered", async () => {
    const { asker, targets: [target] } = await askerWithTargets();
    const first = await ask(asker.id, target!.id, "VN");
    await expectRefusedWithoutChange([asker.id, target!.id], () => ask(asker.id, target!.id, "VN"), { code: "CONFLICT", messageKey: "introductionAlreadyPending" });
    await ask(asker.id, target!.id, "DE");
    await respondToIntroduction({ actorId: target!.id, introductionId: first.id, decision: "DECLINED" });
    await expect(ask(asker.id, target!.id, "VN")).resolves.toMatchObject({ id: expect.any(String) });
  });

  it(`refuses a request beyond ${MAX_PENDING_INTRODUCTIONS} pending ones; answered and withdrawn ones do not count`, async () => {
    const { asker, targets } = await askerWithTargets(MAX_PENDING_INTRODUCTIONS + 1);
    const ids = [];
    for (const target of targets.slice(0, MAX_PENDING_INTRODUCTIONS)) ids.push((await ask(asker.id, target.id)).id);
    const last = targets.at(-1)!;
    const everyone = [asker.id, ...targets.map((target) => target.id)];
    await expectRefusedWithoutChange(everyone, () => ask(asker.id, last.id), { code: "CONFLICT", messageKey: "introductionLimitReached" });
    await withdrawIntroduction({ actorId: asker.id, introductionId: ids[0]! });
    await ask(asker.id, last.id);
    await expectRefusedWithoutChange(everyone, () => ask(asker.id, last.id, "DE"), { code: "CONFLICT", messageKey: "introductionLimitReached" });
    await respondToIntroduction({ actorId: targets[1]!.id, introductionId: ids[1]!, decision: "ACCEPTED" });
    await expect(ask(asker.id, last.id, "DE")).resolves.toMatchObject({ id: expect.any(String) });
  });
});

describe("respondToIntroduction", () => {
  it.each([
    ["ACCEPTED", "introduction.accepted"],
    ["DECLINED", "introduction.declined"],
  ] as const)("%s by the target: stored with the response and time, and the asker is told", async (decision, kind) => {
    const { asker, targets: [target] } = await askerWithTargets(1, { name: "Lan Nguyen" });
    const { id } = await ask(asker.id, target!.id);
    await respondToIntroduction({ actorId: target!.id, introductionId: id, decision, response: "  Call me on Monday.  " });
    expect(await getPrisma().introduction.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: decision, response: "Call me on Monday.", decidedAt: expect.any(Date) });
    expect(await notificationsOf(asker.id)).toEqual([
      expect.objectContaining({ kind, data: { introductionId: id, targetName: "Lan Nguyen", country: "VN", message: "Call me on Monday." } }),
    ]);
  });

  it("needs no response", async () => {
    const { asker, targets: [target] } = await askerWithTargets();
    const { id } = await ask(asker.id, target!.id);
    await respondToIntroduction({ actorId: target!.id, introductionId: id, decision: "ACCEPTED", response: "" });
    expect(await notificationsOf(asker.id)).toEqual([expect.objectContaining({ kind: "introduction.accepted", data: expect.not.objectContaining({ message: expect.anything() }) })]);
  });

  it("lets only the target answer: the asker and others are told it does not exist", async () => {
    const { asker, targets: [target, other] } = await askerWithTargets(2);
    const { id } = await ask(asker.id, target!.id);
    const people = [asker.id, target!.id, other!.id];
    for (const actorId of [asker.id, other!.id]) {
      await expectRefusedWithoutChange(people, () => respondToIntroduction({ actorId, introductionId: id, decision: "ACCEPTED" }), { code: "NOT_FOUND", messageKey: "introductionNotFound" });
    }
    await expectRefusedWithoutChange(people, () => respondToIntroduction({ actorId: target!.id, introductionId: "missing", decision: "ACCEPTED" }), { code: "NOT_FOUND" });
    await expectRefusedWithoutChange(people, () => respondToIntroduction({ actorId: target!.id, introductionId: id, decision: "WITHDRAWN" }), { code: "INVALID" });
  });

  it("answers only a pending request, once, even when two answers race", async () => {
    const { asker, targets: [target] } = await askerWithTargets();
    const { id } = await ask(asker.id, target!.id);
    const results = await Promise.allSettled([
      respondToIntroduction({ actorId: target!.id, introductionId: id, decision: "ACCEPTED" }),
      respondToIntroduction({ actorId: target!.id, introductionId: id, decision: "DECLINED" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT", messageKey: "introductionAlreadyAnswered" } });
    expect(await notificationsOf(asker.id)).toHaveLength(1);
    await expectRefusedWithoutChange([asker.id, target!.id], () => respondToIntroduction({ actorId: target!.id, introductionId: id, decision: "ACCEPTED" }), { code: "CONFLICT" });
  });
});

describe("withdrawIntroduction", () => {
  it("lets the asker withdraw a pending request, without telling anyone", async () => {
    const { asker, targets: [target] } = await askerWithTargets();
    const { id } = await ask(asker.id, target!.id);
    await withdrawIntroduction({ actorId: asker.id, introductionId: id });
    expect(await getPrisma().introduction.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "WITHDRAWN", decidedAt: expect.any(Date) });
    expect(await notificationsOf(asker.id)).toEqual([]);
    expect(await notificationsOf(target!.id)).toHaveLength(1); // only the original request
  });

  it("refuses the target and strangers (not found), and requests no longer pending (conflict)", async () => {
    const { asker, targets: [target] } = await askerWithTargets();
    const { id } = await ask(asker.id, target!.id);
    const people = [asker.id, target!.id];
    await expectRefusedWithoutChange(people, () => withdrawIntroduction({ actorId: target!.id, introductionId: id }), { code: "NOT_FOUND" });
    await respondToIntroduction({ actorId: target!.id, introductionId: id, decision: "ACCEPTED" });
    await expectRefusedWithoutChange(people, () => withdrawIntroduction({ actorId: asker.id, introductionId: id }), { code: "CONFLICT", messageKey: "introductionAlreadyAnswered" });
    // An accepted introduction can then not be answered again either.
    await expectRefusedWithoutChange(people, () => respondToIntroduction({ actorId: target!.id, introductionId: id, decision: "DECLINED" }), { code: "CONFLICT" });
  });
});
