import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { addMember, addStartupMeetings, createNetworkWithPeople, createUser, notificationsOf, roleIn } from "@/tests/factories";
import { leaveNetwork } from "./members";
import { appointFacilitator, createNetwork, handOverNetwork, listFacilitators, listHandOverCandidates, recordStartupMeeting } from "./lifecycle";

const networkInput = (overrides: Record<string, unknown> = {}) => ({
  name: "Kosmopolit Övre Norrland",
  slug: `lifecycle-${randomUUID().slice(0, 8)}`,
  region: "Norrbotten",
  city: "Luleå",
  description: "Entrepreneurs born abroad who run firms in the north.",
  languages: "sv, EN ,ar",
  ...overrides,
});
const networkBySlug = (slug: string) =>
  getPrisma().network.findUnique({ where: { slug }, select: { id: true, status: true, handedOverAt: true, createdById: true, languages: true, name: true } });
const meetingNumbers = async (networkId: string) =>
  (await getPrisma().startupMeeting.findMany({ where: { networkId }, orderBy: { number: "asc" }, select: { number: true } })).map((row) => row.number);

describe("createNetwork", () => {
  it("lets a facilitator start a FORMING network that they run", async () => {
    const facilitator = await createUser({ facilitatorOf: "Almi" });
    const input = networkInput();
    const created = await createNetwork({ actorId: facilitator.id, ...input });

    expect(created.slug).toBe(input.slug);
    expect(await networkBySlug(input.slug)).toMatchObject({ status: "FORMING", handedOverAt: null, createdById: facilitator.id, languages: ["sv", "en", "ar"] });
    expect(await roleIn(created.id, facilitator.id)).toBe("FACILITATOR");
    expect(await getPrisma().membership.count({ where: { networkId: created.id } })).toBe(1);
    expect(await meetingNumbers(created.id)).toEqual([]);
  });

  it("makes the slug from the name when none is given", async () => {
    const facilitator = await createUser({ facilitatorOf: "Almi" });
    const name = `Kosmopolit Övre Norrland ${randomUUID().slice(0, 6)}`;
    const created = await createNetwork({ actorId: facilitator.id, ...networkInput({ name, slug: "" }) });
    expect(created.slug).toMatch(/^kosmopolit-ovre-norrland-[a-z0-9]+$/);
  });

  it("lets an admin start a network for a named facilitator", async () => {
    const [admin, facilitator] = await Promise.all([createUser({ isAdmin: true }), createUser({ facilitatorOf: "EEN" })]);
    const input = networkInput({ facilitatorId: facilitator.id });
    const created = await createNetwork({ actorId: admin.id, ...input });
    expect(await networkBySlug(input.slug)).toMatchObject({ status: "FORMING", createdById: admin.id });
    expect(await roleIn(created.id, facilitator.id)).toBe("FACILITATOR");
    expect(await roleIn(created.id, admin.id)).toBeNull();
  });

  it("refuses an admin who names nobody, or someone who is not a facilitator", async () => {
    const [admin, plain] = await Promise.all([createUser({ isAdmin: true }), createUser()]);
    const withoutFacilitator = networkInput();
    await expect(createNetwork({ actorId: admin.id, ...withoutFacilitator })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { facilitatorId: ["validation.required"] } });
    const withPlain = networkInput({ facilitatorId: plain.id });
    await expect(createNetwork({ actorId: admin.id, ...withPlain })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { facilitatorId: ["validation.notFacilitator"] } });
    expect(await networkBySlug(withoutFacilitator.slug)).toBeNull();
    expect(await networkBySlug(withPlain.slug)).toBeNull();
  });

  it("refuses a facilitator who names another facilitator", async () => {
    const [facilitator, colleague] = await Promise.all([createUser({ facilitatorOf: "Almi" }), createUser({ facilitatorOf: "EKN" })]);
    const input = networkInput({ facilitatorId: colleague.id });
    await expect(createNetwork({ actorId: facilitator.id, ...input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await networkBySlug(input.slug)).toBeNull();
  });

  it("refuses a taken slug with a field error", async () => {
    const facilitator = await createUser({ facilitatorOf: "Almi" });
    const input = networkInput();
    await createNetwork({ actorId: facilitator.id, ...input });
    await expect(createNetwork({ actorId: facilitator.id, ...input, name: "Another name" })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { slug: ["validation.slugTaken"] },
    });
    expect((await networkBySlug(input.slug))?.name).toBe("Kosmopolit Övre Norrland");
  });

  it.each([
    ["languages", "sv, english", "languages.1", "validation.languageCode"],
    ["languages", "", "languages", "validation.required"],
    ["name", "<b>Net</b>", "name", "validation.noMarkup"],
    ["description", "Too short", "description", "validation.tooShort"],
    ["slug", "Not a slug!", "slug", "validation.slug"],
  ])("refuses %s = %j", async (field, value, path, key) => {
    const facilitator = await createUser({ facilitatorOf: "Almi" });
    await expect(createNetwork({ actorId: facilitator.id, ...networkInput({ [field]: value }) })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { [path]: expect.arrayContaining([key]) },
    });
    expect(await getPrisma().network.count({ where: { createdById: facilitator.id } })).toBe(0);
  });

  it("refuses a name without a single slug character", async () => {
    const facilitator = await createUser({ facilitatorOf: "Almi" });
    await expect(createNetwork({ actorId: facilitator.id, ...networkInput({ name: "ألمانيا", slug: undefined }) })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { slug: ["validation.slug"] },
    });
  });
});

describe("recordStartupMeeting", () => {
  it("counts meetings 1, 2, 3 and refuses a fourth", async () => {
    const { network, facilitator } = await createNetworkWithPeople("FORMING");
    for (const [index, heldOn] of ["2026-02-01", "2026-03-01", "2026-04-01"].entries()) {
      expect(await recordStartupMeeting({ actorId: facilitator.id, slug: network.slug, heldOn, notes: "Good turnout" })).toEqual({ number: index + 1 });
    }
    await expect(recordStartupMeeting({ actorId: facilitator.id, slug: network.slug, heldOn: "2026-05-01" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "startupMeetingsComplete",
    });
    expect(await meetingNumbers(network.id)).toEqual([1, 2, 3]);
    const first = await getPrisma().startupMeeting.findFirstOrThrow({ where: { networkId: network.id, number: 1 } });
    expect(first).toMatchObject({ heldOn: new Date("2026-02-01T00:00:00Z"), notes: "Good turnout", recordedById: facilitator.id });
  });

  it("numbers meetings recorded at the same time without gaps or duplicates", async () => {
    const { network, facilitator } = await createNetworkWithPeople("FORMING");
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => recordStartupMeeting({ actorId: facilitator.id, slug: network.slug, heldOn: "2026-02-01" })));
    for (const result of results) if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "CONFLICT" });
    const numbers = await meetingNumbers(network.id);
    expect(numbers.length).toBeGreaterThanOrEqual(1);
    expect(numbers).toEqual([1, 2, 3].slice(0, numbers.length));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(numbers.length);
  });

  it("refuses an active network and a bad date", async () => {
    const { network, facilitator } = await createNetworkWithPeople("ACTIVE");
    await expect(recordStartupMeeting({ actorId: facilitator.id, slug: network.slug, heldOn: "2026-02-01" })).rejects.toMatchObject({ code: "CONFLICT" });
    const forming = await createNetworkWithPeople("FORMING");
    await expect(recordStartupMeeting({ actorId: forming.facilitator.id, slug: forming.network.slug, heldOn: "1 February" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { heldOn: ["validation.date"] },
    });
    expect(await meetingNumbers(network.id)).toEqual([]);
    expect(await meetingNumbers(forming.network.id)).toEqual([]);
  });

  it("refuses a facilitator of another network", async () => {
    const { network } = await createNetworkWithPeople("FORMING");
    const other = await createNetworkWithPeople("FORMING");
    await expect(recordStartupMeeting({ actorId: other.facilitator.id, slug: network.slug, heldOn: "2026-02-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await meetingNumbers(network.id)).toEqual([]);
  });
});

describe("handOverNetwork", () => {
  it("after three meetings makes the chosen members organisers, activates the network and tells them", async () => {
    const { network, facilitator, member, organiser } = await createNetworkWithPeople("FORMING");
    const second = await createUser();
    await addMember(network.id, second.id);
    await addStartupMeetings(network.id, facilitator.id, 3);

    expect((await listHandOverCandidates({ actorId: facilitator.id, slug: network.slug })).map((row) => row.user.id).sort()).toEqual(
      [member.id, organiser.id, second.id].sort(),
    );
    await handOverNetwork({ actorId: facilitator.id, slug: network.slug, organiserIds: [member.id, second.id, member.id] });

    const after = await getPrisma().network.findUniqueOrThrow({ where: { id: network.id } });
    expect(after.status).toBe("ACTIVE");
    expect(after.handedOverAt).toBeInstanceOf(Date);
    expect(await roleIn(network.id, member.id)).toBe("ORGANISER");
    expect(await roleIn(network.id, second.id)).toBe("ORGANISER");
    expect(await roleIn(network.id, facilitator.id)).toBe("FACILITATOR");
    for (const person of [member, second]) {
      expect(await notificationsOf(person.id)).toEqual([
        expect.objectContaining({ kind: "network.handed_over", data: { networkSlug: network.slug, networkName: network.name } }),
      ]);
    }
    await expect(handOverNetwork({ actorId: facilitator.id, slug: network.slug, organiserIds: [member.id] })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses before the third meeting", async () => {
    const { network, facilitator, member } = await createNetworkWithPeople("FORMING");
    await addStartupMeetings(network.id, facilitator.id, 2);
    await expect(handOverNetwork({ actorId: facilitator.id, slug: network.slug, organiserIds: [member.id] })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "handOverNotReady",
    });
    expect((await getPrisma().network.findUniqueOrThrow({ where: { id: network.id } })).status).toBe("FORMING");
    expect(await roleIn(network.id, member.id)).toBe("MEMBER");
  });

  it("refuses organisers who are not member firms of the network, changing nothing", async () => {
    const { network, facilitator, member, outsider } = await createNetworkWithPeople("FORMING");
    const other = await createNetworkWithPeople("FORMING");
    await addStartupMeetings(network.id, facilitator.id, 3);
    for (const stranger of [outsider.id, facilitator.id, other.member.id, "no-such-user"]) {
      await expect(handOverNetwork({ actorId: facilitator.id, slug: network.slug, organiserIds: [member.id, stranger] })).rejects.toMatchObject({
        code: "INVALID",
        fieldErrors: { organiserIds: ["validation.notMember"] },
      });
    }
    await expect(handOverNetwork({ actorId: facilitator.id, slug: network.slug, organiserIds: [] })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { organiserIds: ["validation.chooseOrganiser"] },
    });
    expect((await getPrisma().network.findUniqueOrThrow({ where: { id: network.id } })).status).toBe("FORMING");
    expect(await roleIn(network.id, member.id)).toBe("MEMBER");
    expect(await notificationsOf(member.id)).toEqual([]);
  });
});

describe("hand-over racing a departure", () => {
  it("never leaves an active network without an organiser, and refuses the loser cleanly", async () => {
    for (let round = 0; round < 3; round++) {
      const { network, facilitator, member, organiser } = await createNetworkWithPeople("FORMING");
      await getPrisma().membership.delete({ where: { userId_networkId: { userId: organiser.id, networkId: network.id } } });
      await addStartupMeetings(network.id, facilitator.id, 3);

      const results = await Promise.allSettled([
        handOverNetwork({ actorId: facilitator.id, slug: network.slug, organiserIds: [member.id] }),
        leaveNetwork({ actorId: member.id, slug: network.slug }),
      ]);

      for (const result of results) if (result.status === "rejected") expect(result.reason).toMatchObject({ name: "AppError" });
      const { status } = await getPrisma().network.findUniqueOrThrow({ where: { id: network.id } });
      const organisers = await getPrisma().membership.count({ where: { networkId: network.id, role: "ORGANISER" } });
      expect(organisers).toBe(status === "ACTIVE" ? 1 : 0);
    }
  });
});

describe("facilitators", () => {
  it("an admin appoints an existing user by email, case-insensitively, and lists them", async () => {
    const [admin, person] = await Promise.all([createUser({ isAdmin: true }), createUser()]);
    await appointFacilitator({ actorId: admin.id, email: `  ${person.email.toUpperCase()} `, organisation: "Business Sweden" });
    expect(await getPrisma().facilitator.findUnique({ where: { userId: person.id } })).toMatchObject({ organisation: "Business Sweden", appointedBy: admin.id });

    await appointFacilitator({ actorId: admin.id, email: person.email, organisation: "Region Norrbotten" });
    const listed = (await listFacilitators({ actorId: admin.id })).filter((row) => row.id === person.id);
    expect(listed).toEqual([expect.objectContaining({ email: person.email, organisation: "Region Norrbotten" })]);
  });

  it("refuses unknown and removed accounts with a field error", async () => {
    const [admin, removed] = await Promise.all([createUser({ isAdmin: true }), createUser()]);
    await getPrisma().user.update({ where: { id: removed.id }, data: { status: "REMOVED" } });
    for (const email of [`nobody-${randomUUID()}@test.kosmopolit.test`, removed.email]) {
      await expect(appointFacilitator({ actorId: admin.id, email, organisation: "Almi" })).rejects.toMatchObject({
        code: "INVALID",
        fieldErrors: { email: ["validation.noSuchUser"] },
      });
    }
    expect(await getPrisma().facilitator.findUnique({ where: { userId: removed.id } })).toBeNull();
  });
});
