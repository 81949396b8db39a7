import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createJoinRequest, createNetworkWithPeople, createUser, roleIn } from "@/tests/factories";
import { listJoinRequests } from "./join-requests";
import { acceptInvitation, createInvitation, listInvitations, previewInvitation, revokeInvitation } from "./invitations";

const invitationRow = (id: string) => getPrisma().invitation.findUniqueOrThrow({ where: { id } });
const memberCount = (networkId: string) => getPrisma().membership.count({ where: { networkId, role: "MEMBER" } });

describe("createInvitation", () => {
  it("returns the token once and stores only its hash", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: "14", maxUses: "3" });

    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(invitation.maxUses).toBe(3);
    const days = (invitation.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThanOrEqual(14);

    const row = await invitationRow(invitation.id);
    for (const value of Object.values(row)) expect(String(value)).not.toContain(invitation.token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // Nothing the organisers see later carries the token or its hash.
    const listed = await listInvitations({ actorId: organiser.id, slug: network.slug });
    expect(JSON.stringify(listed)).not.toContain(invitation.token);
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
    expect(listed).toEqual([expect.objectContaining({ id: invitation.id, uses: 0, maxUses: 3, usable: true, createdBy: { name: "Organiser" } })]);
  });

  it("makes a different token every time", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const tokens = await Promise.all([1, 2, 3].map(() => createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 1, maxUses: 1 })));
    expect(new Set(tokens.map((invitation) => invitation.token)).size).toBe(3);
  });

  it.each([
    ["expiresInDays", 0, "validation.min"],
    ["expiresInDays", 91, "validation.max"],
    ["maxUses", 0, "validation.min"],
    ["maxUses", 501, "validation.max"],
    ["maxUses", "many", "validation.number"],
    ["maxUses", 1.5, "validation.number"],
  ])("refuses %s = %s", async (field, value, key) => {
    const { network, organiser } = await createNetworkWithPeople();
    const input = { actorId: organiser.id, slug: network.slug, expiresInDays: 7, maxUses: 5, [field]: value };
    await expect(createInvitation(input)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { [field]: [key] } });
    expect(await getPrisma().invitation.count({ where: { networkId: network.id } })).toBe(0);
  });
});

describe("acceptInvitation", () => {
  it("admits a person as MEMBER and counts the use", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 7, maxUses: 2 });
    expect(await previewInvitation({ token: invitation.token })).toEqual({
      network: { slug: network.slug, name: network.name, city: "Teststad", status: "ACTIVE" },
      usable: true,
    });
    expect(await acceptInvitation({ actorId: outsider.id, token: invitation.token })).toEqual({ slug: network.slug, alreadyMember: false });
    expect(await roleIn(network.id, outsider.id)).toBe("MEMBER");
    expect((await invitationRow(invitation.id)).uses).toBe(1);
  });

  it("never admits more than maxUses, even when five people accept at once", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 7, maxUses: 2 });
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => createUser()));
    const membersBefore = await memberCount(network.id);

    const results = await Promise.allSettled(people.map((person) => acceptInvitation({ actorId: person.id, token: invitation.token })));

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "CONFLICT", messageKey: "invitationExpired" });
    expect(await memberCount(network.id)).toBe(membersBefore + 2);
    expect((await invitationRow(invitation.id)).uses).toBe(2);
    expect((await previewInvitation({ token: invitation.token })).usable).toBe(false);
  });

  it("does not use up the link for someone who is already a member", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 7, maxUses: 1 });
    expect(await acceptInvitation({ actorId: member.id, token: invitation.token })).toEqual({ slug: network.slug, alreadyMember: true });
    expect(await acceptInvitation({ actorId: organiser.id, token: invitation.token })).toEqual({ slug: network.slug, alreadyMember: true });
    expect((await invitationRow(invitation.id)).uses).toBe(0);
    expect(await roleIn(network.id, organiser.id)).toBe("ORGANISER");
  });

  it("counts one use when the same person accepts twice", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 7, maxUses: 5 });
    await acceptInvitation({ actorId: outsider.id, token: invitation.token });
    expect(await acceptInvitation({ actorId: outsider.id, token: invitation.token })).toEqual({ slug: network.slug, alreadyMember: true });
    expect((await invitationRow(invitation.id)).uses).toBe(1);
  });

  it("admits a person who submits twice at once exactly once", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 7, maxUses: 5 });
    const results = await Promise.all([1, 2, 3].map(() => acceptInvitation({ actorId: outsider.id, token: invitation.token })));
    expect(results.map((result) => result.alreadyMember).sort()).toEqual([false, true, true]);
    expect(await roleIn(network.id, outsider.id)).toBe("MEMBER");
    expect((await invitationRow(invitation.id)).uses).toBe(1);
  });

  it("refuses an expired link with CONFLICT and admits nobody", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 7, maxUses: 5 });
    await getPrisma().invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });

    await expect(acceptInvitation({ actorId: outsider.id, token: invitation.token })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "invitationExpired" });
    expect(await roleIn(network.id, outsider.id)).toBeNull();
    expect((await invitationRow(invitation.id)).uses).toBe(0);
    expect((await previewInvitation({ token: invitation.token })).usable).toBe(false);
  });

  it("admits until shortly before expiry", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 7, maxUses: 5 });
    await getPrisma().invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() + 5 * 60_000) } });
    await acceptInvitation({ actorId: outsider.id, token: invitation.token });
    expect(await roleIn(network.id, outsider.id)).toBe("MEMBER");
  });

  it("refuses a revoked link with CONFLICT; revoking twice is NOT_FOUND", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 7, maxUses: 5 });
    await revokeInvitation({ actorId: organiser.id, slug: network.slug, invitationId: invitation.id });

    await expect(acceptInvitation({ actorId: outsider.id, token: invitation.token })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await roleIn(network.id, outsider.id)).toBeNull();
    await expect(revokeInvitation({ actorId: organiser.id, slug: network.slug, invitationId: invitation.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listInvitations({ actorId: organiser.id, slug: network.slug }))[0]).toMatchObject({ usable: false, revokedAt: expect.any(Date) });
  });

  it("refuses to revoke another network's invitation", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const other = await createNetworkWithPeople();
    const invitation = await createInvitation({ actorId: other.organiser.id, slug: other.network.slug, expiresInDays: 7, maxUses: 5 });
    await expect(revokeInvitation({ actorId: organiser.id, slug: network.slug, invitationId: invitation.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await invitationRow(invitation.id)).revokedAt).toBeNull();
  });

  it.each([
    ["too short", "abc"],
    ["with a slash", "a".repeat(20) + "/../x"],
    ["with a space", "a".repeat(15) + " " + "b".repeat(15)],
    ["not a string", 42],
  ])("answers INVALID for a token that is %s", async (_label, token) => {
    const outsider = await createUser();
    await expect(acceptInvitation({ actorId: outsider.id, token })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { token: [expect.stringMatching(/^validation\./)] } });
    await expect(previewInvitation({ token })).rejects.toMatchObject({ code: "INVALID" });
    expect(await getPrisma().membership.count({ where: { userId: outsider.id } })).toBe(0);
  });

  it("answers NOT_FOUND for a well-formed token nobody issued", async () => {
    const outsider = await createUser();
    const token = "x".repeat(32);
    await expect(acceptInvitation({ actorId: outsider.id, token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(previewInvitation({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers a pending join request of the person who accepts", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const request = await createJoinRequest(network.id, outsider.id);
    const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 7, maxUses: 5 });
    await acceptInvitation({ actorId: outsider.id, token: invitation.token });

    const row = await getPrisma().joinRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row.status).toBe("APPROVED");
    expect(row.decidedAt).toBeInstanceOf(Date);
    expect(await listJoinRequests({ actorId: organiser.id, slug: network.slug })).toEqual([]);
  });

  it("refuses a link to an archived network with NOT_FOUND", async () => {
    const { network, organiser, outsider } = await createNetworkWithPeople();
    const invitation = await createInvitation({ actorId: organiser.id, slug: network.slug, expiresInDays: 7, maxUses: 5 });
    await getPrisma().network.update({ where: { id: network.id }, data: { status: "ARCHIVED" } });
    await expect(acceptInvitation({ actorId: outsider.id, token: invitation.token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await roleIn(network.id, outsider.id)).toBeNull();
  });
});
