import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listChannels } from "@/lib/chat/channels";
import { getPrisma } from "@/lib/db/client";
import { addMember, createNetworkWithPeople, createUser } from "@/tests/factories";
import { collect, nextEvent, realtimeServerForFile, settle, unreadOnConnect } from "@/tests/realtime-harness";

const server = realtimeServerForFile();
const { connect } = server;

async function networkChannel(userId: string, networkName: string) {
  const channel = (await listChannels({ actorId: userId })).find((candidate) => candidate.kind === "NETWORK" && candidate.name === networkName);
  if (!channel) throw new Error(`no channel for ${networkName}`);
  return channel;
}

describe("a network channel", () => {
  it("delivers a message to every member of the network, once, and to no one else", async () => {
    const { network, organiser, member, facilitator, outsider } = await createNetworkWithPeople();
    const elsewhere = await createNetworkWithPeople();
    const channel = await networkChannel(member.id, network.name);
    const [memberSocket, organiserSocket, facilitatorSocket, outsiderSocket, otherNetworkSocket] = await Promise.all([
      connect(member.id),
      connect(organiser.id),
      connect(facilitator.id),
      connect(outsider.id),
      connect(elsewhere.member.id),
    ]);
    const outsiderSaw = collect(outsiderSocket, "message:new");
    const otherSaw = collect(otherNetworkSocket, "message:new");
    const organiserGets = nextEvent(organiserSocket, "message:new", (message) => message.channelId === channel.id);
    const facilitatorGets = nextEvent(facilitatorSocket, "message:new", (message) => message.channelId === channel.id);

    const ack = await memberSocket.emitWithAck("message:send", { channelId: channel.id, clientId: randomUUID(), body: "Hej allihop! <b>not bold</b>" });
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.message).toMatchObject({ channelId: channel.id, seq: 1, body: "Hej allihop! <b>not bold</b>", author: { id: member.id, name: member.name } });
    expect(await organiserGets).toEqual(ack.message);
    expect(await facilitatorGets).toEqual(ack.message);

    await Promise.all([settle(outsiderSocket), settle(otherNetworkSocket)]);
    expect(outsiderSaw.received).toEqual([]);
    expect(otherSaw.received).toEqual([]);
  });

  it("refuses to let a non-member join or write, and says why in their language", async () => {
    const { network, member, outsider } = await createNetworkWithPeople();
    await getPrisma().user.update({ where: { id: outsider.id }, data: { locale: "sv" } });
    const channel = await networkChannel(member.id, network.name);
    const outsiderSocket = await connect(outsider.id);

    const join = await outsiderSocket.emitWithAck("channel:join", { channelId: channel.id });
    expect(join).toMatchObject({ ok: false, error: { code: "NOT_FOUND", key: "errors.chatChannelNotFound" } });
    if (!join.ok) expect(join.error.message).not.toBe("errors.chatChannelNotFound");
    const send = await outsiderSocket.emitWithAck("message:send", { channelId: channel.id, clientId: randomUUID(), body: "let me in" });
    expect(send).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await getPrisma().chatMessage.count({ where: { channelId: channel.id } })).toBe(0);
  });

  it("passes edits and deletions on; only the author edits, and organisers delete anyone's message", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const channel = await networkChannel(member.id, network.name);
    const [memberSocket, organiserSocket] = await Promise.all([connect(member.id), connect(organiser.id)]);
    const sent = await memberSocket.emitWithAck("message:send", { channelId: channel.id, clientId: randomUUID(), body: "Möte på torsdag" });
    if (!sent.ok) throw new Error(sent.error.message);

    const refusedEdit = await organiserSocket.emitWithAck("message:edit", { messageId: sent.message.id, body: "hijacked" });
    expect(refusedEdit).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    const updated = nextEvent(organiserSocket, "message:updated");
    const edit = await memberSocket.emitWithAck("message:edit", { messageId: sent.message.id, body: "Möte på fredag" });
    expect(edit).toMatchObject({ ok: true, message: { body: "Möte på fredag", seq: sent.message.seq } });
    expect(await updated).toMatchObject({ id: sent.message.id, body: "Möte på fredag", editedAt: expect.any(String) });

    const own = await organiserSocket.emitWithAck("message:send", { channelId: channel.id, clientId: randomUUID(), body: "Från arrangören" });
    if (!own.ok) throw new Error(own.error.message);
    expect(await memberSocket.emitWithAck("message:delete", { messageId: own.message.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    const deleted = nextEvent(memberSocket, "message:deleted");
    expect(await organiserSocket.emitWithAck("message:delete", { messageId: sent.message.id })).toMatchObject({ ok: true });
    expect(await deleted).toMatchObject({ id: sent.message.id, body: "", deletedAt: expect.any(String) });
    expect(await memberSocket.emitWithAck("message:edit", { messageId: sent.message.id, body: "back" })).toMatchObject({ ok: false });
    const stored = await getPrisma().chatMessage.findUniqueOrThrow({ where: { id: sent.message.id } });
    expect(stored).toMatchObject({ body: "", seq: 1 });
  });

  it("tells others who is typing and who is online, not the typist", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const channel = await networkChannel(member.id, network.name);
    const organiserSocket = await connect(organiser.id);
    const cameOnline = nextEvent(organiserSocket, "presence", (presence) => presence.userId === member.id && presence.online);
    const memberSocket = await connect(member.id);
    expect(await cameOnline).toEqual({ channelId: channel.id, userId: member.id, online: true });

    const joined = await memberSocket.emitWithAck("channel:join", { channelId: channel.id });
    expect(joined.ok && [...joined.online].sort()).toEqual([organiser.id, member.id].sort());

    const ownTyping = collect(memberSocket, "typing");
    const typing = nextEvent(organiserSocket, "typing");
    memberSocket.emit("typing", { channelId: channel.id });
    expect(await typing).toEqual({ channelId: channel.id, user: { id: member.id, name: member.name } });
    await settle(memberSocket);
    expect(ownTyping.received).toEqual([]);

    const wentOffline = nextEvent(organiserSocket, "presence", (presence) => presence.userId === member.id && !presence.online);
    memberSocket.close();
    expect(await wentOffline).toEqual({ channelId: channel.id, userId: member.id, online: false });
  });

  it("counts unread messages per person and clears them when read, on every tab", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const newcomer = await createUser();
    await addMember(network.id, newcomer.id);
    const channel = await networkChannel(member.id, network.name);
    const organiserSocket = await connect(organiser.id);
    for (const body of ["one", "two", "three"]) await organiserSocket.emitWithAck("message:send", { channelId: channel.id, clientId: randomUUID(), body });

    const [tabOne, tabTwo] = await Promise.all([connect(member.id), connect(member.id)]);
    expect(unreadOnConnect.get(tabOne)?.[channel.id]).toBe(3);
    expect((await listChannels({ actorId: organiser.id })).find((candidate) => candidate.id === channel.id)?.unread).toBe(0);

    const cleared = nextEvent(tabTwo, "unread", (payload) => payload.counts[channel.id] === 0);
    expect(await tabOne.emitWithAck("channel:read", { channelId: channel.id, seq: 3 })).toEqual({ ok: true, unread: 0 });
    await cleared;
    expect((await listChannels({ actorId: newcomer.id })).find((candidate) => candidate.id === channel.id)?.unread).toBe(3);
  });
});
