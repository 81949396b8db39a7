import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listChannels } from "@/lib/chat/channels";
import { SEND_LIMIT } from "@/lib/chat/rules";
import { getPrisma } from "@/lib/db/client";
import { CHAT_BODY_MAX } from "@/lib/realtime/events";
import { addMember, createNetworkWithPeople, createUser } from "@/tests/factories";
import { type ChatClient, nextEvent, realtimeServerForFile } from "@/tests/realtime-harness";

const server = realtimeServerForFile();
const { connect } = server;

async function networkWithChannel() {
  const people = await createNetworkWithPeople();
  const channel = (await listChannels({ actorId: people.member.id })).find((candidate) => candidate.kind === "NETWORK" && candidate.name === people.network.name)!;
  return { ...people, channelId: channel.id };
}

const send = (socket: ChatClient, channelId: string, body: string, clientId: string = randomUUID()) => socket.emitWithAck("message:send", { channelId, clientId, body });

describe("catching up and resending", () => {
  it("gives a client that comes back exactly the messages it missed, in order", async () => {
    const { member, organiser, channelId } = await networkWithChannel();
    const [memberSocket, organiserSocket] = await Promise.all([connect(member.id), connect(organiser.id)]);
    await send(organiserSocket, channelId, "before the drop");
    const joined = await memberSocket.emitWithAck("channel:join", { channelId });
    if (!joined.ok) throw new Error(joined.error.message);
    const lastSeen = Math.max(...joined.messages.map((message) => message.seq));
    memberSocket.disconnect();

    for (const body of ["missed one", "missed two", "missed three"]) await send(organiserSocket, channelId, body);
    const back = await connect(member.id);
    const resumed = await back.emitWithAck("channel:join", { channelId, afterSeq: lastSeen });
    expect(resumed.ok && resumed.messages.map((message) => [message.seq, message.body])).toEqual([
      [2, "missed one"],
      [3, "missed two"],
      [4, "missed three"],
    ]);
    expect(resumed.ok && resumed.more).toBe(false);
  });

  it("stores a resent message once, also when the two copies race", async () => {
    const { member, channelId } = await networkWithChannel();
    const socket = await connect(member.id);
    const clientId = randomUUID();
    const first = await send(socket, channelId, "only once", clientId);
    const again = await send(socket, channelId, "only once", clientId);
    expect(first.ok && again.ok && again.message).toEqual(first.ok && first.message);

    const racing = randomUUID();
    const other = await connect(member.id);
    const [one, two] = await Promise.all([send(socket, channelId, "racing", racing), send(other, channelId, "racing", racing)]);
    expect(one.ok && two.ok && one.message.id === two.message.id).toBe(true);
    const stored = await getPrisma().chatMessage.findMany({ where: { channelId }, orderBy: { seq: "asc" }, select: { seq: true, body: true } });
    expect(stored).toEqual([
      { seq: 1, body: "only once" },
      { seq: 2, body: "racing" },
    ]);
  });

  it("keeps sequence numbers gap-free under 50 concurrent senders", async () => {
    const { network, channelId } = await networkWithChannel();
    const senders = await Promise.all(Array.from({ length: 50 }, () => createUser()));
    for (const sender of senders) await addMember(network.id, sender.id);
    const sockets = await Promise.all(senders.map((sender) => connect(sender.id)));
    const acks = await Promise.all(sockets.map((socket, index) => send(socket, channelId, `message ${index}`)));
    expect(acks.every((ack) => ack.ok)).toBe(true);
    const seqs = (await getPrisma().chatMessage.findMany({ where: { channelId }, select: { seq: true } })).map((row) => row.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect((await getPrisma().chatChannel.findUniqueOrThrow({ where: { id: channelId } })).lastSeq).toBe(50);
  });

  it(`refuses the message after ${SEND_LIMIT.points} in ${SEND_LIMIT.seconds} seconds and stores nothing for it`, async () => {
    const { member, channelId } = await networkWithChannel();
    const socket = await connect(member.id);
    const acks = [];
    for (let index = 0; index <= SEND_LIMIT.points; index++) acks.push(await send(socket, channelId, `burst ${index}`));
    expect(acks.slice(0, SEND_LIMIT.points).every((ack) => ack.ok)).toBe(true);
    expect(acks[SEND_LIMIT.points]).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", key: "errors.chatTooFast" } });
    expect(await getPrisma().chatMessage.count({ where: { channelId } })).toBe(SEND_LIMIT.points);
  });

  it("pages older messages for scrolling up", async () => {
    const { organiser, channelId } = await networkWithChannel();
    const db = getPrisma();
    // Written straight to the table: the send limit is not what this test is about.
    await db.chatMessage.createMany({ data: Array.from({ length: 120 }, (_, index) => ({ channelId, seq: index + 1, authorId: organiser.id, clientId: randomUUID(), body: `old ${index + 1}` })) });
    await db.chatChannel.update({ where: { id: channelId }, data: { lastSeq: 120 } });
    const socket = await connect(organiser.id);
    const latest = await socket.emitWithAck("channel:join", { channelId });
    expect(latest.ok && [latest.messages[0]!.seq, latest.messages.at(-1)!.seq, latest.more]).toEqual([71, 120, true]);
    const older = await socket.emitWithAck("channel:history", { channelId, beforeSeq: 71 });
    expect(older.ok && [older.messages[0]!.seq, older.messages.at(-1)!.seq, older.more]).toEqual([21, 70, true]);
    const oldest = await socket.emitWithAck("channel:history", { channelId, beforeSeq: 21 });
    expect(oldest.ok && [oldest.messages.length, oldest.more]).toEqual([20, false]);
  });
});

describe("bad payloads", () => {
  it.each([
    ["an empty body", { body: "   " }, "validation.required"],
    ["a body over the limit", { body: "x".repeat(CHAT_BODY_MAX + 1) }, "validation.tooLong"],
    ["a control character", { body: "bell\u0007" }, "validation.invalid"],
    ["a client id that is not a UUID", { clientId: "not-a-uuid" }, "validation.invalid"],
    ["a body that is not text", { body: { $gt: "" } }, "validation.required"],
  ])("refuses %s with a translated message and stores nothing", async (_, change, key) => {
    const { member, channelId } = await networkWithChannel();
    const socket = await connect(member.id);
    const ack = await socket.emitWithAck("message:send", { channelId, clientId: randomUUID(), body: "fine", ...change } as never);
    expect(ack).toMatchObject({ ok: false, error: { code: "INVALID", key } });
    if (!ack.ok) expect(ack.error.message).not.toContain("validation.");
    expect(await getPrisma().chatMessage.count({ where: { channelId } })).toBe(0);
  });

  it("answers payloads that are not objects, and events without an acknowledgement, without failing", async () => {
    const { member, channelId } = await networkWithChannel();
    const socket = await connect(member.id);
    for (const payload of [null, "text", 42, [channelId]]) {
      expect(await socket.emitWithAck("channel:join", payload as never)).toMatchObject({ ok: false, error: { code: "INVALID" } });
    }
    socket.emit("message:send", { channelId, clientId: randomUUID(), body: "no ack wanted" } as never, undefined as never);
    const stillAlive = await socket.emitWithAck("channel:join", { channelId });
    expect(stillAlive.ok).toBe(true);
    const arrived = nextEvent(socket, "message:new");
    await send(socket, channelId, "after");
    expect((await arrived).body).toMatch(/no ack wanted|after/);
  });
});
