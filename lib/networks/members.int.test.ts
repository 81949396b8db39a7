import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { addMember, createNetwork, createNetworkWithPeople, createUser, notificationsOf, roleIn } from "@/tests/factories";
import { leaveNetwork, listMembers, removeMember, setMemberRole } from "./members";

describe("setMemberRole", () => {
  it("promotes and demotes, telling the person each time", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    await setMemberRole({ actorId: organiser.id, slug: network.slug, userId: member.id, role: "ORGANISER" });
    expect(await roleIn(network.id, member.id)).toBe("ORGANISER");
    await setMemberRole({ actorId: organiser.id, slug: network.slug, userId: member.id, role: "MEMBER" });
    expect(await roleIn(network.id, member.id)).toBe("MEMBER");

    const data = { networkSlug: network.slug, networkName: network.name };
    expect((await notificationsOf(member.id)).map((row) => [row.kind, row.data])).toEqual([
      ["network.role_changed", { ...data, role: "ORGANISER" }],
      ["network.role_changed", { ...data, role: "MEMBER" }],
    ]);
  });

  it("does nothing and tells nobody when the role is unchanged", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    await setMemberRole({ actorId: organiser.id, slug: network.slug, userId: member.id, role: "MEMBER" });
    expect(await notificationsOf(member.id)).toEqual([]);
  });

  it("refuses to demote the last organiser of an active network", async () => {
    const { network, organiser, facilitator } = await createNetworkWithPeople();
    for (const actor of [organiser, facilitator]) {
      await expect(setMemberRole({ actorId: actor.id, slug: network.slug, userId: organiser.id, role: "MEMBER" })).rejects.toMatchObject({
        code: "CONFLICT",
        messageKey: "lastOrganiser",
      });
    }
    expect(await roleIn(network.id, organiser.id)).toBe("ORGANISER");
    expect(await notificationsOf(organiser.id)).toEqual([]);
  });

  it("lets an organiser step down once there is another organiser", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    await setMemberRole({ actorId: organiser.id, slug: network.slug, userId: member.id, role: "ORGANISER" });
    await setMemberRole({ actorId: organiser.id, slug: network.slug, userId: organiser.id, role: "MEMBER" });
    expect(await roleIn(network.id, organiser.id)).toBe("MEMBER");
    await expect(setMemberRole({ actorId: member.id, slug: network.slug, userId: member.id, role: "MEMBER" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await roleIn(network.id, member.id)).toBe("ORGANISER");
  });

  it("allows a forming network without organisers", async () => {
    const { network, organiser, facilitator } = await createNetworkWithPeople("FORMING");
    await setMemberRole({ actorId: facilitator.id, slug: network.slug, userId: organiser.id, role: "MEMBER" });
    expect(await roleIn(network.id, organiser.id)).toBe("MEMBER");
  });

  it("never changes the facilitator and never a non-member (NOT_FOUND)", async () => {
    const { network, organiser, facilitator, outsider } = await createNetworkWithPeople();
    for (const target of [facilitator, outsider]) {
      await expect(setMemberRole({ actorId: organiser.id, slug: network.slug, userId: target.id, role: "ORGANISER" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await roleIn(network.id, facilitator.id)).toBe("FACILITATOR");
    expect(await roleIn(network.id, outsider.id)).toBeNull();
  });

  it("refuses a role that is not MEMBER or ORGANISER", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    await expect(setMemberRole({ actorId: organiser.id, slug: network.slug, userId: member.id, role: "FACILITATOR" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { role: ["validation.invalid"] },
    });
    expect(await roleIn(network.id, member.id)).toBe("MEMBER");
  });
});

describe("removeMember", () => {
  it("removes a member and tells them", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    await removeMember({ actorId: organiser.id, slug: network.slug, userId: member.id });
    expect(await roleIn(network.id, member.id)).toBeNull();
    expect(await notificationsOf(member.id)).toEqual([
      expect.objectContaining({ kind: "network.removed", data: { networkSlug: network.slug, networkName: network.name } }),
    ]);
  });

  it("refuses to remove the last organiser of an active network", async () => {
    const { network, organiser, facilitator } = await createNetworkWithPeople();
    await expect(removeMember({ actorId: facilitator.id, slug: network.slug, userId: organiser.id })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "lastOrganiser",
    });
    expect(await roleIn(network.id, organiser.id)).toBe("ORGANISER");
    expect(await notificationsOf(organiser.id)).toEqual([]);
  });

  it("removes one of two organisers", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    await setMemberRole({ actorId: organiser.id, slug: network.slug, userId: member.id, role: "ORGANISER" });
    await removeMember({ actorId: member.id, slug: network.slug, userId: organiser.id });
    expect(await roleIn(network.id, organiser.id)).toBeNull();
  });

  it("refuses to remove yourself, the facilitator or a non-member", async () => {
    const { network, organiser, facilitator, outsider } = await createNetworkWithPeople();
    await addMember(network.id, (await createUser()).id, "ORGANISER"); // so that only the self-removal rule applies
    await expect(removeMember({ actorId: organiser.id, slug: network.slug, userId: organiser.id })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "cannotRemoveSelf" });
    await expect(removeMember({ actorId: organiser.id, slug: network.slug, userId: facilitator.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeMember({ actorId: organiser.id, slug: network.slug, userId: outsider.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await roleIn(network.id, organiser.id)).toBe("ORGANISER");
    expect(await roleIn(network.id, facilitator.id)).toBe("FACILITATOR");
  });

  it("never removes someone from another network", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const other = await createNetworkWithPeople();
    await expect(removeMember({ actorId: organiser.id, slug: network.slug, userId: other.member.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeMember({ actorId: organiser.id, slug: other.network.slug, userId: other.member.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await roleIn(other.network.id, other.member.id)).toBe("MEMBER");
  });
});

describe("leaveNetwork", () => {
  it("lets a member leave", async () => {
    const { network, member } = await createNetworkWithPeople();
    await leaveNetwork({ actorId: member.id, slug: network.slug });
    expect(await roleIn(network.id, member.id)).toBeNull();
    await expect(leaveNetwork({ actorId: member.id, slug: network.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps the last organiser of an active network, but not of a forming one", async () => {
    const active = await createNetworkWithPeople();
    await expect(leaveNetwork({ actorId: active.organiser.id, slug: active.network.slug })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "lastOrganiser" });
    expect(await roleIn(active.network.id, active.organiser.id)).toBe("ORGANISER");

    const forming = await createNetworkWithPeople("FORMING");
    await leaveNetwork({ actorId: forming.organiser.id, slug: forming.network.slug });
    expect(await roleIn(forming.network.id, forming.organiser.id)).toBeNull();
  });

  it("lets an organiser leave when another organiser stays", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    await setMemberRole({ actorId: organiser.id, slug: network.slug, userId: member.id, role: "ORGANISER" });
    await leaveNetwork({ actorId: organiser.id, slug: network.slug });
    expect(await roleIn(network.id, organiser.id)).toBeNull();
    expect(await roleIn(network.id, member.id)).toBe("ORGANISER");
  });

  it("never lets the facilitator leave", async () => {
    for (const status of ["ACTIVE", "FORMING"] as const) {
      const { network, facilitator } = await createNetworkWithPeople(status);
      await expect(leaveNetwork({ actorId: facilitator.id, slug: network.slug })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "facilitatorCannotLeave" });
      expect(await roleIn(network.id, facilitator.id)).toBe("FACILITATOR");
    }
  });
});

describe("listMembers", () => {
  it("lists managers first, then by name, with a total", async () => {
    const { network, member } = await createNetworkWithPeople();
    const [anna, zoe] = await Promise.all([createUser({ name: "Anna Andersson" }), createUser({ name: "Zoe Zetterberg" })]);
    await addMember(network.id, zoe.id);
    await addMember(network.id, anna.id);

    const page = await listMembers({ actorId: member.id, slug: network.slug });
    expect(page).toMatchObject({ total: 5, page: 1, pageCount: 1, viewerRole: "MEMBER", canManage: false });
    expect(page.members.map((row) => row.role)).toEqual(["FACILITATOR", "ORGANISER", "MEMBER", "MEMBER", "MEMBER"]);
    expect(page.members.slice(2).map((row) => row.user.name)).toEqual(["Anna Andersson", "Member", "Zoe Zetterberg"]);
    expect(JSON.stringify(page)).not.toMatch(/email|passwordHash/);
  });

  it("pages by 50 and treats a nonsense page as the first", async () => {
    const network = await createNetwork();
    const people = await Promise.all(Array.from({ length: 51 }, () => createUser()));
    await getPrisma().membership.createMany({ data: people.map((person) => ({ networkId: network.id, userId: person.id, role: "MEMBER" as const })) });
    const viewer = people[0]!.id;

    expect(await listMembers({ actorId: viewer, slug: network.slug, page: "2" })).toMatchObject({ page: 2, pageCount: 2, total: 51, members: [expect.anything()] });
    expect((await listMembers({ actorId: viewer, slug: network.slug, page: "abc" })).members).toHaveLength(50);
  });
});

describe("two organisers at once", () => {
  const organisersOf = (networkId: string) => getPrisma().membership.count({ where: { networkId, role: "ORGANISER" } });
  async function twoOrganisers() {
    const people = await createNetworkWithPeople();
    const second = await createUser({ name: "Second organiser" });
    await addMember(people.network.id, second.id, "ORGANISER");
    return { ...people, second };
  }

  it("cannot both leave an active network", async () => {
    const { network, organiser, second } = await twoOrganisers();
    const results = await Promise.allSettled([organiser, second].map((person) => leaveNetwork({ actorId: person.id, slug: network.slug })));
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await organisersOf(network.id)).toBe(1);
  });

  it("cannot demote each other", async () => {
    const { network, organiser, second } = await twoOrganisers();
    await Promise.allSettled([
      setMemberRole({ actorId: organiser.id, slug: network.slug, userId: second.id, role: "MEMBER" }),
      setMemberRole({ actorId: second.id, slug: network.slug, userId: organiser.id, role: "MEMBER" }),
    ]);
    expect(await organisersOf(network.id)).toBe(1);
  });

  it("cannot remove each other", async () => {
    const { network, organiser, second } = await twoOrganisers();
    await Promise.allSettled([
      removeMember({ actorId: organiser.id, slug: network.slug, userId: second.id }),
      removeMember({ actorId: second.id, slug: network.slug, userId: organiser.id }),
    ]);
    expect(await organisersOf(network.id)).toBe(1);
  });
});
