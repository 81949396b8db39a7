import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createJoinRequest, createNetwork, createNetworkWithPeople, createOrganiserElsewhere, createUser, notificationsOf, roleIn } from "@/tests/factories";
import { decideJoinRequest, listJoinRequests, requestToJoin, withdrawJoinRequest } from "./join-requests";

const MOTIVATION = "I run a small import firm and know the Iraqi market.";
const requestsOf = (networkId: string, userId: string) =>
  getPrisma().joinRequest.findMany({ where: { networkId, userId }, select: { id: true, status: true, motivation: true, decisionMessage: true, decidedById: true } });

describe("requestToJoin", () => {
  it.each([
    ["empty", "", "validation.tooShort"],
    ["blank", "          ", "validation.tooShort"],
    ["too short", "Hi there", "validation.tooShort"],
    ["too long", "a".repeat(1001), "validation.tooLong"],
    ["markup", "<script>alert('x')</script> please let me in", "validation.noMarkup"],
    ["not a string", 12345678901, "validation.required"],
    ["missing", undefined, "validation.required"],
  ])("refuses a motivation that is %s and stores nothing", async (_label, motivation, key) => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const attempt = requestToJoin({ actorId: outsider.id, slug: network.slug, motivation });
    await expect(attempt).rejects.toMatchObject({ code: "INVALID", fieldErrors: { motivation: [key] } });
    expect(await requestsOf(network.id, outsider.id)).toEqual([]);
    expect(await notificationsOf(organiser.id)).toEqual([]);
  });

  it("accepts a motivation of exactly 10 and of 1000 characters, trimmed", async () => {
    const { network, outsider } = await createNetworkWithPeople();
    const other = await createUser();
    await requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: "  1234567890  " });
    await requestToJoin({ actorId: other.id, slug: network.slug, motivation: "b".repeat(1000) });
    expect((await requestsOf(network.id, outsider.id))[0]?.motivation).toBe("1234567890");
    expect((await requestsOf(network.id, other.id))[0]?.motivation).toHaveLength(1000);
  });

  it("stores a pending request and tells every organiser and the facilitator, not the members", async () => {
    const { network, organiser, facilitator, member, outsider } = await createNetworkWithPeople();
    const request = await requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: MOTIVATION });

    expect(await requestsOf(network.id, outsider.id)).toEqual([
      { id: request.id, status: "PENDING", motivation: MOTIVATION, decisionMessage: null, decidedById: null },
    ]);
    const expected = { networkSlug: network.slug, networkName: network.name, requesterName: "Outsider" };
    for (const manager of [organiser, facilitator]) {
      expect(await notificationsOf(manager.id)).toEqual([expect.objectContaining({ kind: "network.join_requested", data: expected, readAt: null })]);
    }
    expect(await notificationsOf(member.id)).toEqual([]);
  });

  it("refuses a second pending request with CONFLICT and keeps one", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    await requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: MOTIVATION });
    await expect(requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: `${MOTIVATION} Again.` })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "requestAlreadyPending",
    });
    expect(await requestsOf(network.id, outsider.id)).toHaveLength(1);
    expect(await notificationsOf(organiser.id)).toHaveLength(1);
  });

  it("keeps one pending request when the same person asks twice at once", async () => {
    const { network, outsider } = await createNetworkWithPeople();
    const results = await Promise.allSettled([1, 2, 3].map(() => requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: MOTIVATION })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "CONFLICT" });
    expect(await requestsOf(network.id, outsider.id)).toHaveLength(1);
  });

  it("refuses members and the facilitator with CONFLICT", async () => {
    const { network, member, organiser, facilitator } = await createNetworkWithPeople();
    for (const person of [member, organiser, facilitator]) {
      await expect(requestToJoin({ actorId: person.id, slug: network.slug, motivation: MOTIVATION })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "alreadyMember" });
      expect(await requestsOf(network.id, person.id)).toEqual([]);
    }
  });

  it("answers NOT_FOUND for an unknown slug and for an archived network", async () => {
    const outsider = await createUser();
    const archived = await createNetwork({ status: "ARCHIVED" });
    await expect(requestToJoin({ actorId: outsider.id, slug: `no-such-network-${outsider.id}`, motivation: MOTIVATION })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestToJoin({ actorId: outsider.id, slug: archived.slug, motivation: MOTIVATION })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await requestsOf(archived.id, outsider.id)).toEqual([]);
  });

  it("allows asking again after a decline", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const first = await requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: MOTIVATION });
    await decideJoinRequest({ actorId: organiser.id, requestId: first.id, decision: "DECLINED" });
    await requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: MOTIVATION });
    expect((await requestsOf(network.id, outsider.id)).map((row) => row.status).sort()).toEqual(["DECLINED", "PENDING"]);
  });
});

describe("decideJoinRequest", () => {
  it("approves: membership, decider recorded, requester told with the message", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const request = await requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: MOTIVATION });
    await decideJoinRequest({ actorId: organiser.id, requestId: request.id, decision: "APPROVED", message: "  Welcome to the network!  " });

    expect(await roleIn(network.id, outsider.id)).toBe("MEMBER");
    expect(await requestsOf(network.id, outsider.id)).toEqual([
      { id: request.id, status: "APPROVED", motivation: MOTIVATION, decisionMessage: "Welcome to the network!", decidedById: organiser.id },
    ]);
    expect(await notificationsOf(outsider.id)).toEqual([
      expect.objectContaining({ kind: "network.join_approved", data: { networkSlug: network.slug, networkName: network.name, message: "Welcome to the network!" } }),
    ]);
    expect(await listJoinRequests({ actorId: organiser.id, slug: network.slug })).toEqual([]);
  });

  it("declines without a message: no membership, requester told without a message", async () => {
    const { network, facilitator, outsider } = await createNetworkWithPeople();
    const request = await requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: MOTIVATION });
    await decideJoinRequest({ actorId: facilitator.id, requestId: request.id, decision: "DECLINED", message: "" });

    expect(await roleIn(network.id, outsider.id)).toBeNull();
    expect((await requestsOf(network.id, outsider.id))[0]).toMatchObject({ status: "DECLINED", decisionMessage: null, decidedById: facilitator.id });
    expect(await notificationsOf(outsider.id)).toEqual([
      expect.objectContaining({ kind: "network.join_declined", data: { networkSlug: network.slug, networkName: network.name } }),
    ]);
  });

  it("refuses a second decision with CONFLICT and keeps the first", async () => {
    const { network, organiser, facilitator, outsider } = await createNetworkWithPeople();
    const request = await requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: MOTIVATION });
    await decideJoinRequest({ actorId: organiser.id, requestId: request.id, decision: "DECLINED" });
    await expect(decideJoinRequest({ actorId: facilitator.id, requestId: request.id, decision: "APPROVED" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "requestAlreadyDecided",
    });
    expect(await roleIn(network.id, outsider.id)).toBeNull();
    expect((await requestsOf(network.id, outsider.id))[0]).toMatchObject({ status: "DECLINED", decidedById: organiser.id });
    expect(await notificationsOf(outsider.id)).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous decisions win", async () => {
    const { network, organiser, facilitator, outsider } = await createNetworkWithPeople();
    const request = await requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: MOTIVATION });
    const results = await Promise.allSettled([
      decideJoinRequest({ actorId: organiser.id, requestId: request.id, decision: "APPROVED" }),
      decideJoinRequest({ actorId: facilitator.id, requestId: request.id, decision: "DECLINED" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await notificationsOf(outsider.id)).toHaveLength(1);
    const [row] = await requestsOf(network.id, outsider.id);
    expect(await roleIn(network.id, outsider.id)).toBe(row?.status === "APPROVED" ? "MEMBER" : null);
  });

  it("refuses an organiser of another network with FORBIDDEN and changes nothing", async () => {
    const { network, outsider } = await createNetworkWithPeople();
    const elsewhere = await createOrganiserElsewhere();
    const request = await createJoinRequest(network.id, outsider.id);
    await expect(decideJoinRequest({ actorId: elsewhere.id, requestId: request.id, decision: "APPROVED" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await requestsOf(network.id, outsider.id))[0]).toMatchObject({ status: "PENDING", decidedById: null });
    expect(await roleIn(network.id, outsider.id)).toBeNull();
    expect(await notificationsOf(outsider.id)).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown request and INVALID for a bad decision", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const request = await createJoinRequest(network.id, outsider.id);
    await expect(decideJoinRequest({ actorId: organiser.id, requestId: "no-such-request", decision: "APPROVED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideJoinRequest({ actorId: organiser.id, requestId: request.id, decision: "MAYBE" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { decision: ["validation.invalid"] },
    });
    await expect(decideJoinRequest({ actorId: organiser.id, requestId: request.id, decision: "APPROVED", message: "<b>hi</b>" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { message: ["validation.noMarkup"] },
    });
    expect((await requestsOf(network.id, outsider.id))[0]?.status).toBe("PENDING");
  });
});

describe("listJoinRequests and withdrawJoinRequest", () => {
  it("lists only this network's pending requests, oldest first", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const [second, declined] = await Promise.all([createUser(), createUser()]);
    const other = await createNetworkWithPeople();
    const later = await createJoinRequest(network.id, second.id);
    const first = await createJoinRequest(network.id, outsider.id);
    await getPrisma().joinRequest.update({ where: { id: first.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    await getPrisma().joinRequest.create({ data: { networkId: network.id, userId: declined.id, motivation: MOTIVATION, status: "DECLINED" } });
    await createJoinRequest(other.network.id, outsider.id);

    const rows = await listJoinRequests({ actorId: organiser.id, slug: network.slug });
    expect(rows.map((row) => row.id)).toEqual([first.id, later.id]);
    expect(rows[0]?.user).toMatchObject({ id: outsider.id, name: "Outsider" });
  });

  it("withdraws the actor's own pending request, and only once", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const request = await requestToJoin({ actorId: outsider.id, slug: network.slug, motivation: MOTIVATION });
    await withdrawJoinRequest({ actorId: outsider.id, slug: network.slug });
    expect((await requestsOf(network.id, outsider.id))[0]?.status).toBe("WITHDRAWN");
    expect(await listJoinRequests({ actorId: organiser.id, slug: network.slug })).toEqual([]);
    await expect(withdrawJoinRequest({ actorId: outsider.id, slug: network.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideJoinRequest({ actorId: organiser.id, requestId: request.id, decision: "APPROVED" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await roleIn(network.id, outsider.id)).toBeNull();
  });

  it("never withdraws someone else's request", async () => {
    const { network, member, outsider } = await createNetworkWithPeople();
    await createJoinRequest(network.id, outsider.id);
    await expect(withdrawJoinRequest({ actorId: member.id, slug: network.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await requestsOf(network.id, outsider.id))[0]?.status).toBe("PENDING");
  });
});

describe("the join-request queue and profile visibility", () => {
  it("shows an applicant's headline and company only as their visibility allows", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const db = getPrisma();
    const open = await createUser({ name: "Open Applicant" });
    const guarded = await createUser({ name: "Guarded Applicant" });
    for (const [user, visibility] of [[open, "MEMBERS"], [guarded, "NETWORK"]] as const) {
      await db.profile.create({ data: { userId: user.id, headline: `Headline of ${user.name}`, aboutVisibility: visibility, companyVisibility: visibility } });
      await db.company.create({ data: { ownerId: user.id, name: `Company of ${user.name}`, orgNumber: "556016-0680", sniSection: "G", size: "MICRO" } });
      await requestToJoin({ actorId: user.id, slug: network.slug, motivation: "We would like to meet exporters in the region." });
    }

    const queue = await listJoinRequests({ actorId: organiser.id, slug: network.slug });
    const byName = Object.fromEntries(queue.map((request) => [request.user.name, request.user]));
    expect(byName["Open Applicant"]).toMatchObject({ headline: "Headline of Open Applicant", companyName: "Company of Open Applicant" });
    // A NETWORK-only profile of someone who shares no network with the organiser stays hidden.
    expect(byName["Guarded Applicant"]).toMatchObject({ headline: null, companyName: null });
  });
});
