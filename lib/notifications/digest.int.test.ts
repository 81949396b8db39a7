import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { addMember, createJoinRequest, createNetwork, createUser } from "@/tests/factories";
import { publishArticle } from "@/tests/knowledge-factories";
import { createPerson } from "@/tests/profile-factories";
import { digestKey, isoWeekKey, queueWeeklyDigests } from "./digest";
import { followCountry } from "./follows";
import { setDelivery, setPreferences } from "./preferences";
import { DIGEST_PREFERENCE } from "./schema";

// Every run is limited to the people the test made (`userIds`): the database is shared with
// test files running beside this one, whose people must not get digests from these tests. Each
// test's market is a small country no other test file uses.

const db = () => getPrisma();
const soon = () => new Date(Date.now() + 1000);
const digestsOf = (userId: string) =>
  db().emailDelivery.findMany({ where: { userId, idempotencyKey: { startsWith: "digest:" } }, select: { idempotencyKey: true, subject: true, text: true, html: true, locale: true, unsubscribeUrl: true } });

/** A member of a fresh network who follows `market`, and a newcomer there who knows it. */
async function readerWithNews(market: string, locale = "en") {
  const network = await createNetwork();
  const reader = await createPerson({ networks: [{ id: network.id }] });
  await db().user.update({ where: { id: reader.id }, data: { locale } });
  await followCountry({ actorId: reader.id, country: market });
  const newcomer = await createPerson({ name: "Sione Tuilagi", networks: [{ id: network.id }], countries: [{ country: market, relations: ["BORN"] }] });
  return { network, reader, newcomer };
}

describe("queueWeeklyDigests", () => {
  it("queues one digest per person and week; a second run the same week queues nothing", async () => {
    const { reader, newcomer } = await readerWithNews("TO");
    const now = soon();
    expect(await queueWeeklyDigests(now, { userIds: [reader.id, newcomer.id] })).toBe(1);
    const [email] = await digestsOf(reader.id);
    expect(email).toMatchObject({ idempotencyKey: `digest:${reader.id}:${isoWeekKey(now)}`, locale: "en" });
    expect(email!.subject).toBe("Your week in Kosmopolit: 1 new member who knows Tonga");
    expect(email!.text).toContain("New members who know your markets");
    expect(email!.text).toContain("Sione Tuilagi");
    expect(email!.text).toContain(`/en/members/${newcomer.id}`);
    expect(email!.unsubscribeUrl).toContain("/api/v1/unsubscribe?token=");

    // The newcomer knows Tonga but follows nothing and sees no news.
    expect(await digestsOf(newcomer.id)).toEqual([]);
    expect(await queueWeeklyDigests(new Date(now.getTime() + 1000), { userIds: [reader.id] })).toBe(0);
    expect(await digestsOf(reader.id)).toHaveLength(1);
  });

  it("writes in the person's language", async () => {
    const { reader } = await readerWithNews("SB", "sv");
    expect(await queueWeeklyDigests(soon(), { userIds: [reader.id] })).toBe(1);
    const [email] = await digestsOf(reader.id);
    expect(email!.locale).toBe("sv");
    expect(email!.subject).toBe("Din vecka i Kosmopolit: 1 ny medlem som känner till Salomonöarna");
    expect(email!.text).toContain("Nya medlemmar som känner till dina marknader");
    expect(email!.text).toContain("Du får det här mejlet eftersom veckosammanfattningen är påslagen.");
    expect(email!.html).toContain('lang="sv"');
  });

  it("writes Arabic right to left", async () => {
    const { reader } = await readerWithNews("VU", "ar");
    expect(await queueWeeklyDigests(soon(), { userIds: [reader.id] })).toBe(1);
    const [email] = await digestsOf(reader.id);
    expect(email!.subject).toContain("أسبوعك في كوزموبوليت");
    expect(email!.html).toContain('dir="rtl"');
  });

  it("sends nothing to people who switched the digest off", async () => {
    const { reader } = await readerWithNews("NU");
    await setPreferences({ actorId: reader.id, preferences: { [DIGEST_PREFERENCE]: "OFF" } });
    expect(await queueWeeklyDigests(soon(), { userIds: [reader.id] })).toBe(0);
    expect(await digestsOf(reader.id)).toEqual([]);
    // … and again once they switch it back on.
    await setDelivery(db(), reader.id, DIGEST_PREFERENCE, "EMAIL_DIGEST");
    expect(await queueWeeklyDigests(soon(), { userIds: [reader.id] })).toBe(1);
  });

  it("sends nothing when nothing is new, nor to removed accounts", async () => {
    const person = await createUser();
    await followCountry({ actorId: person.id, country: "CK" });
    expect(await queueWeeklyDigests(soon(), { userIds: [person.id] })).toBe(0);

    const { reader } = await readerWithNews("TK");
    await db().user.update({ where: { id: reader.id }, data: { status: "REMOVED" } });
    expect(await queueWeeklyDigests(soon(), { userIds: [reader.id] })).toBe(0);
    expect(await digestsOf(reader.id)).toEqual([]);
  });

  it("starts where the previous digest ended", async () => {
    const { network, reader } = await readerWithNews("WF");
    const now = soon();
    const lastWeek = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000);
    // The previous digest went out after the newcomer joined: they were in it.
    await db().emailDelivery.create({
      data: { idempotencyKey: digestKey(reader.id, lastWeek), userId: reader.id, toAddress: "x@test.kosmopolit.test", locale: "en", subject: "s", text: "t", html: "h", unsubscribeUrl: "u", createdAt: new Date() },
    });
    expect(await queueWeeklyDigests(now, { userIds: [reader.id] })).toBe(0);

    const author = await createPerson({ networks: [{ id: network.id }] });
    const article = await publishArticle(author.id, network.id, { countries: ["WF"], title: "Shipping to Wallis and Futuna" });
    expect(await queueWeeklyDigests(soon(), { userIds: [reader.id] })).toBe(1);
    const email = (await digestsOf(reader.id)).find((row) => row.idempotencyKey === digestKey(reader.id, now))!;
    expect(email.subject).toBe("Your week in Kosmopolit: 1 new article about your markets");
    expect(email.text).toContain("Shipping to Wallis and Futuna");
    expect(email.text).toContain(`/en/knowledge/${article}`);
    expect(email.text).not.toContain("Sione Tuilagi");
  });

  it("gives an organiser one line per pending join request in one email", async () => {
    const network = await createNetwork();
    const organiser = await createUser();
    await addMember(network.id, organiser.id, "ORGANISER");
    const requesters = await Promise.all(["Amal", "Björn", "Chen"].map((name) => createUser({ name })));
    for (const requester of requesters) await createJoinRequest(network.id, requester.id, `Hello from ${requester.name}`);

    expect(await queueWeeklyDigests(soon(), { userIds: [organiser.id] })).toBe(1);
    const [email] = await digestsOf(organiser.id);
    expect(email!.subject).toBe("Your week in Kosmopolit: 3 join requests waiting");
    for (const name of ["Amal", "Björn", "Chen"]) expect(email!.text).toContain(`${name} wants to join ${network.name}`);
    expect(email!.text.match(/wants to join/g)).toHaveLength(3);
    expect(email!.text).toContain(`/en/networks/${network.slug}/manage`);
  });
});
