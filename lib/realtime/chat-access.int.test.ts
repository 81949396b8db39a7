import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { revokeAllSessions, removeUser } from "@/lib/auth/service";
import { eventChannelFor, listChannels } from "@/lib/chat/channels";
import { canStartDirect, openDirectChannel } from "@/lib/chat/direct";
import { getPrisma } from "@/lib/db/client";
import { respondToEvent } from "@/lib/events/rsvp";
import { leaveNetwork, removeMember } from "@/lib/networks/members";
import { createEventAs } from "@/tests/event-factories";
import { createNetworkWithPeople, createUser } from "@/tests/factories";
import { type ChatClient, collect, connectAs, nextEvent, settle, realtimeServerForFile } from "@/tests/realtime-harness";

const server = realtimeServerForFile();
const { connect } = server;

const networkChannelId = async (userId: string, name: string) => (await listChannels({ actorId: userId })).find((channel) => channel.kind === "NETWORK" && channel.name === name)!.id;
const send = (socket: ChatClient, channelId: string, body: string) => socket.emitWithAck("message:send", { channelId, clientId: randomUUID(), body });

describe("the handshake", () => {
  it("refuses a connection without a session, with a forged cookie, an old session or a blocked account", async () => {
    const { organiser, member } = await createNetworkWithPeople();
    await expect(connectAs(server.url(), null)).rejects.toThrow("unauthenticated");
    await expect(connectAs(server.url(), member.id, { sessionVersion: 7 })).rejects.toThrow("unauthenticated");
    const admin = await createUser({ isAdmin: true });
    await removeUser({ actorId: admin.id, userId: organiser.id });
    await expect(connectAs(server.url(), organiser.id, { sessionVersion: 1 })).rejects.toThrow("unauthenticated");

    const { io } = await import("socket.io-client");
    const forged = io(server.url(), { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie: "authjs.session-token=eyJhbGciOiJkaXIifQ.forged" } });
    await expect(new Promise((_, reject) => forged.once("connect_error", reject))).rejects.toThrow("unauthenticated");
    forged.close();
  });
});

describe("losing access", () => {
  it("cuts a removed member's open socket off the network's channel at once", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const channelId = await networkChannelId(member.id, network.name);
    const [memberSocket, organiserSocket] = await Promise.all([connect(member.id), connect(organiser.id)]);
    const changed = nextEvent(memberSocket, "channels:changed");

    await removeMember({ actorId: organiser.id, slug: network.slug, userId: member.id });
    await changed;
    const afterRemoval = collect(memberSocket, "message:new");
    expect((await send(organiserSocket, channelId, "after the removal")).ok).toBe(true);
    await settle(memberSocket);
    expect(afterRemoval.received).toEqual([]);
    expect(await send(memberSocket, channelId, "still here?")).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await memberSocket.emitWithAck("channel:join", { channelId })).toMatchObject({ ok: false });
  });

  it("takes a network's channel from someone who leaves it", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const channelId = await networkChannelId(member.id, network.name);
    const [memberSocket, organiserSocket] = await Promise.all([connect(member.id), connect(organiser.id)]);
    await leaveNetwork({ actorId: member.id, slug: network.slug });
    const afterLeaving = collect(memberSocket, "message:new");
    await send(organiserSocket, channelId, "goodbye");
    await settle(memberSocket);
    expect(afterLeaving.received).toEqual([]);
  });

  it("closes every socket of a blocked account and of someone who signs out everywhere", async () => {
    const { organiser, member } = await createNetworkWithPeople();
    const admin = await createUser({ isAdmin: true });
    const [memberSocket, organiserSocket] = await Promise.all([connect(member.id), connect(organiser.id)]);
    const memberGone = new Promise((resolve) => memberSocket.once("disconnect", resolve));
    const organiserGone = new Promise((resolve) => organiserSocket.once("disconnect", resolve));
    await removeUser({ actorId: admin.id, userId: member.id });
    await revokeAllSessions({ actorId: organiser.id });
    await expect(memberGone).resolves.toBe("io server disconnect");
    await expect(organiserGone).resolves.toBe("io server disconnect");
  });
});

describe("event channels", () => {
  it("are for the people going; declining takes the channel away", async () => {
    const { network, organiser, member, outsider } = await createNetworkWithPeople();
    const eventId = await createEventAs(organiser.id, network.slug);
    expect(await eventChannelFor({ actorId: member.id, eventId })).toBeNull();
    expect(await eventChannelFor({ actorId: outsider.id, eventId })).toBeNull();

    const memberSocket = await connect(member.id);
    await respondToEvent({ actorId: member.id, eventId, status: "GOING" });
    const channelId = await eventChannelFor({ actorId: member.id, eventId });
    expect(channelId).toEqual(await eventChannelFor({ actorId: organiser.id, eventId }));
    expect((await listChannels({ actorId: member.id })).map((channel) => channel.id)).toContain(channelId);
    expect((await send(memberSocket, channelId!, "Who shares a taxi from the airport?")).ok).toBe(true);

    await respondToEvent({ actorId: member.id, eventId, status: "DECLINED" });
    expect(await send(memberSocket, channelId!, "still in?")).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("direct conversations", () => {
  it("open between two members who can see each other, and only they can read them", async () => {
    const { member, organiser, outsider } = await createNetworkWithPeople();
    expect(await canStartDirect({ actorId: member.id, userId: member.id })).toBe(false);
    // Someone in no network cannot use the directory, so cannot start conversations from it.
    expect(await canStartDirect({ actorId: outsider.id, userId: member.id })).toBe(false);
    await expect(openDirectChannel({ actorId: outsider.id, userId: member.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openDirectChannel({ actorId: member.id, userId: "<script>" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const organiserSocket = await connect(organiser.id);
    const toldOrganiser = nextEvent(organiserSocket, "channels:changed");
    const { channelId, created } = await openDirectChannel({ actorId: member.id, userId: organiser.id });
    expect(created).toBe(true);
    await toldOrganiser;
    expect(await openDirectChannel({ actorId: organiser.id, userId: member.id })).toEqual({ channelId, created: false });

    const memberSocket = await connect(member.id);
    const arrives = nextEvent(organiserSocket, "message:new");
    expect((await send(memberSocket, channelId, "Hej! Har du kontakter i Hanoi?")).ok).toBe(true);
    expect(await arrives).toMatchObject({ channelId, body: "Hej! Har du kontakter i Hanoi?" });
    const outsiderSocket = await connect(outsider.id);
    expect(await outsiderSocket.emitWithAck("channel:join", { channelId })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await listChannels({ actorId: organiser.id })).find((channel) => channel.id === channelId)).toMatchObject({ kind: "DIRECT", name: member.name, otherUserId: member.id, unread: 1 });
  });

  it("cannot be written to once the other person's account is blocked", async () => {
    const { member, organiser } = await createNetworkWithPeople();
    const admin = await createUser({ isAdmin: true });
    const { channelId } = await openDirectChannel({ actorId: member.id, userId: organiser.id });
    await removeUser({ actorId: admin.id, userId: organiser.id });
    const memberSocket = await connect(member.id);
    expect(await send(memberSocket, channelId, "are you there?")).toMatchObject({ ok: false, error: { code: "FORBIDDEN", key: "errors.chatReadOnly" } });
    expect(await getPrisma().chatMessage.count({ where: { channelId } })).toBe(0);
  });
});
