import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { addMember, createJoinRequest, createNetwork, createUser } from "@/tests/factories";
import { askQuestion, publishArticle } from "@/tests/knowledge-factories";
import { createPerson, type PersonSpec } from "@/tests/profile-factories";
import { collectDigest, type Digest } from "./digest-content";
import { followCountry } from "./follows";
import { setPreferences } from "./preferences";

// The integration database is shared with test files running beside this one, and knowledge
// and new members are not scoped to a network: each test uses its own small country that no
// other test file uses, and asserts on its own rows by id.

const DAY = 24 * 60 * 60 * 1000;
const db = () => getPrisma();
const ago = (days: number) => new Date(Date.now() - days * DAY);
/** A window from a minute ago to a second from now, around what a test just made. */
const window = () => ({ since: new Date(Date.now() - 60_000), now: new Date(Date.now() + 1000) });
const ids = (list: { items: { id: string }[] }) => list.items.map((item) => item.id);

async function collect(userId: string, span = window()) {
  return collectDigest({ userId, ...span });
}

/** A member of a fresh network who follows `market` and knows `knows`. */
async function reader(market: string, knows?: string, spec: PersonSpec = {}) {
  const network = await createNetwork();
  const person = await createPerson({ networks: [{ id: network.id }], countries: knows ? [{ country: knows, relations: ["WORKED"] }] : [], ...spec });
  await followCountry({ actorId: person.id, country: market });
  return { network, person };
}

async function event(networkId: string, overrides: { startsInDays?: number; status?: "SCHEDULED" | "CANCELLED"; createdAt?: Date; trip?: string } = {}) {
  const startsAt = new Date(Date.now() + (overrides.startsInDays ?? 3) * DAY);
  return db().event.create({
    data: {
      networkId,
      kind: overrides.trip ? "BUSINESS_TRIP" : "NETWORK_MEETING",
      title: `Meeting ${Math.random().toString(36).slice(2, 8)}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
      status: overrides.status ?? "SCHEDULED",
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
      ...(overrides.trip ? { trip: { create: { country: overrides.trip } } } : {}),
    },
    select: { id: true },
  });
}

describe("collectDigest: new members who know my markets", () => {
  it("lists newcomers who know an export market or a followed country, not others and not me", async () => {
    const { person } = await reader("TV", undefined, { company: { name: "Reader AB", exporting: true } });
    await db().company.update({ where: { ownerId: person.id }, data: { exportMarkets: ["NR"] } });
    const network = await createNetwork();
    const knowsFollowed = await createPerson({ networks: [{ id: network.id }], countries: [{ country: "TV", relations: ["BORN"] }] });
    const knowsExport = await createPerson({ networks: [{ id: network.id }], countries: [{ country: "NR", relations: ["LIVED"] }, { country: "TV", relations: ["WORKED"] }] });
    const knowsOther = await createPerson({ networks: [{ id: network.id }], countries: [{ country: "FR", relations: ["BORN"] }] });
    const joinedLongAgo = await createPerson({ networks: [{ id: network.id }], countries: [{ country: "TV", relations: ["BORN"] }] });
    await db().membership.updateMany({ where: { userId: joinedLongAgo.id }, data: { joinedAt: ago(30) } });
    await db().countryKnowledge.create({ data: { userId: person.id, country: "TV", relations: ["BORN"] } });

    const digest = (await collect(person.id))!;
    expect(digest.markets).toEqual(["NR", "TV"]);
    expect(ids(digest.members)).toEqual(expect.arrayContaining([knowsFollowed.id, knowsExport.id]));
    expect(ids(digest.members)).not.toContain(knowsOther.id);
    expect(ids(digest.members)).not.toContain(joinedLongAgo.id);
    expect(ids(digest.members)).not.toContain(person.id);
    expect(digest.members.items.find((member) => member.id === knowsExport.id)!.countries).toEqual(["NR", "TV"]);
  });

  it("respects profile visibility: countries shown only to a network are not listed outside it", async () => {
    const outside = await reader("KI");
    const theirs = await createNetwork();
    const inside = await createPerson({ networks: [{ id: theirs.id }] });
    await followCountry({ actorId: inside.id, country: "KI" });
    const hiddenCountries = await createPerson({ networks: [{ id: theirs.id }], countries: [{ country: "KI", relations: ["BORN"] }], visibility: { countries: "NETWORK" } });
    const hiddenPerson = await createPerson({ networks: [{ id: theirs.id }], countries: [{ country: "KI", relations: ["BORN"] }], visibility: { about: "NETWORK" } });
    const open = await createPerson({ networks: [{ id: theirs.id }], countries: [{ country: "KI", relations: ["BORN"] }] });

    const seenOutside = ids((await collect(outside.person.id))!.members);
    expect(seenOutside).toContain(open.id);
    expect(seenOutside).not.toContain(hiddenCountries.id);
    expect(seenOutside).not.toContain(hiddenPerson.id);
    expect(ids((await collect(inside.id))!.members)).toEqual(expect.arrayContaining([open.id, hiddenCountries.id, hiddenPerson.id]));

    // Someone in no network sees only what is public.
    const loner = await createUser();
    await followCountry({ actorId: loner.id, country: "KI" });
    expect((await collect(loner.id))?.members.items.map((member) => member.id) ?? []).not.toContain(open.id);
  });
});

describe("collectDigest: knowledge and questions", () => {
  it("lists new articles about my markets that I may read, not mine and not other countries", async () => {
    const { network, person } = await reader("PW");
    const author = await createPerson({ networks: [{ id: network.id }] });
    const about = await publishArticle(author.id, network.id, { countries: ["PW"] });
    const elsewhere = await publishArticle(author.id, network.id, { countries: ["FR"] });
    const mine = await publishArticle(person.id, network.id, { countries: ["PW"] });
    const old = await publishArticle(author.id, network.id, { countries: ["PW"] });
    await db().knowledgeItem.update({ where: { id: old }, data: { publishedAt: ago(20) } });

    const digest = (await collect(person.id))!;
    expect(ids(digest.knowledge)).toEqual([about]);
    expect(ids(digest.knowledge)).not.toContain(elsewhere);
    expect(ids(digest.knowledge)).not.toContain(mine);

    // Members-only knowledge is not for someone outside every network.
    const loner = await createUser();
    await followCountry({ actorId: loner.id, country: "PW" });
    expect(await collect(loner.id)).toBeNull();
    const open = await publishArticle(author.id, network.id, { countries: ["PW"], visibility: "PUBLIC" });
    expect(ids((await collect(loner.id))!.knowledge)).toEqual([open]);
  });

  it("lists recent unanswered questions about countries I know, not mine, not answered, not old", async () => {
    const { network, person } = await reader("MH", "FM");
    const asker = await createPerson({ networks: [{ id: network.id }] });
    const open = await askQuestion(asker.id, network.id, { countries: ["FM"] });
    const otherCountry = await askQuestion(asker.id, network.id, { countries: ["FR"] });
    const mine = await askQuestion(person.id, network.id, { countries: ["FM"] });
    const old = await askQuestion(asker.id, network.id, { countries: ["FM"] });
    await db().knowledgeItem.update({ where: { id: old }, data: { publishedAt: ago(31) } });
    const solved = await askQuestion(asker.id, network.id, { countries: ["FM"] });
    const answer = await db().knowledgeAnswer.create({ data: { questionId: solved, authorId: asker.id, body: "Try the chamber of commerce." } });
    await db().knowledgeItem.update({ where: { id: solved }, data: { acceptedAnswerId: answer.id } });
    const answeredByMe = await askQuestion(asker.id, network.id, { countries: ["FM"] });
    await db().knowledgeAnswer.create({ data: { questionId: answeredByMe, authorId: person.id, body: "Net 30 is common." } });

    const digest = (await collect(person.id))!;
    expect(ids(digest.questions)).toEqual([open]);
    expect([otherCountry, mine, old, solved, answeredByMe].some((id) => ids(digest.questions).includes(id))).toBe(false);
    expect(digest.questions.items[0]).toMatchObject({ countries: ["FM"], answerCount: 0 });
  });
});

describe("collectDigest: events, requests and notifications", () => {
  it("adds the next two weeks' events of my networks, but they alone make no digest", async () => {
    const { network, person } = await reader("WS");
    const soon = await event(network.id, { createdAt: ago(10) });
    const trip = await event(network.id, { createdAt: ago(10), trip: "WS", startsInDays: 5 });
    const cancelled = await event(network.id, { status: "CANCELLED", createdAt: ago(10) });
    const later = await event(network.id, { startsInDays: 20, createdAt: ago(10) });
    const otherNetwork = await event((await createNetwork()).id);
    expect(await collect(person.id)).toBeNull();

    const announced = await event(network.id, { startsInDays: 1 });
    const digest = (await collect(person.id))!;
    expect(ids(digest.events)).toEqual([announced.id, soon.id, trip.id]);
    expect(digest.events.items.find((item) => item.id === trip.id)!.tripCountry).toBe("WS");
    expect([cancelled.id, later.id, otherNetwork.id].some((id) => ids(digest.events).includes(id))).toBe(false);
  });

  it("gives organisers one line per pending request, and a forming network's facilitator too", async () => {
    const network = await createNetwork();
    const organiser = await createUser();
    const member = await createUser();
    await addMember(network.id, organiser.id, "ORGANISER");
    await addMember(network.id, member.id);
    const [first, second, declined] = await Promise.all([createUser({ name: "Amina" }), createUser({ name: "Bo" }), createUser({ name: "Cai" })]);
    const one = await createJoinRequest(network.id, first.id, "We export spices.");
    const two = await createJoinRequest(network.id, second.id);
    const three = await createJoinRequest(network.id, declined.id);
    await db().joinRequest.update({ where: { id: three.id }, data: { status: "DECLINED" } });

    const digest = (await collect(organiser.id))!;
    expect(ids(digest.requests)).toEqual([one.id, two.id]);
    expect(digest.requests.items[0]).toMatchObject({ requesterName: "Amina", networkSlug: network.slug, motivation: "We export spices." });
    expect(await collect(member.id)).toBeNull();
    // Pending but not new: the previous digest listed them already.
    expect(await collect(organiser.id, { since: new Date(Date.now() + 500), now: new Date(Date.now() + 1000) })).toBeNull();

    const forming = await createNetwork({ status: "FORMING" });
    const facilitator = await createUser({ facilitatorOf: "Business Sweden" });
    await addMember(forming.id, facilitator.id, "FACILITATOR");
    await addMember(network.id, facilitator.id, "FACILITATOR"); // an active network is its organisers' business
    const request = await createJoinRequest(forming.id, first.id);
    expect(ids((await collect(facilitator.id))!.requests)).toEqual([request.id]);
  });

  it("collects unread notifications whose delivery is the digest", async () => {
    const person = await createUser();
    await setPreferences({ actorId: person.id, preferences: { "chat.mentioned": "EMAIL_DIGEST" } });
    const mention = { channelId: "c1", channelName: "Väst", authorName: "Ali", excerpt: "@you hello" };
    const wanted = await db().notification.create({ data: { userId: person.id, kind: "chat.mentioned", data: mention } });
    await db().notification.create({ data: { userId: person.id, kind: "chat.mentioned", data: mention, readAt: new Date() } });
    await db().notification.create({ data: { userId: person.id, kind: "knowledge.answer_accepted", data: { itemId: "k1", title: "Q" } } }); // in-app only
    await db().notification.create({ data: { userId: person.id, kind: "network.join_requested", data: { networkSlug: "x", networkName: "X", requesterName: "Y" } } });
    await db().notification.create({ data: { userId: person.id, kind: "chat.mentioned", data: { broken: true } } });

    const digest: Digest = (await collect(person.id))!;
    expect(ids(digest.notifications)).toEqual([wanted.id]);
  });
});
