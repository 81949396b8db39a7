import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listChannels } from "@/lib/chat/channels";
import { getPrisma } from "@/lib/db/client";
import { decideJoinRequest, requestToJoin } from "@/lib/networks/join-requests";
import { listNotifications, markRead } from "@/lib/notifications/service";
import { createNetworkWithPeople, createUser } from "@/tests/factories";
import { collect, nextEvent, realtimeServerForFile, settle } from "@/tests/realtime-harness";

const server = realtimeServerForFile();
const { connect } = server;

describe("the bell, live", () => {
  it("rises on every open tab when a notification is committed, and falls when it is read", async () => {
    const { network, organiser } = await createNetworkWithPeople();
    const requester = await createUser();
    const [tab, otherTab] = await Promise.all([connect(requester.id), connect(requester.id)]);
    await requestToJoin({ actorId: requester.id, slug: network.slug, motivation: "Vi vill gärna vara med i nätverket." });
    const request = await getPrisma().joinRequest.findFirstOrThrow({ where: { userId: requester.id }, select: { id: true } });

    const rises = Promise.all([nextEvent(tab, "notifications"), nextEvent(otherTab, "notifications")]);
    await decideJoinRequest({ actorId: organiser.id, requestId: request.id, decision: "APPROVED" });
    expect(await rises).toEqual([{ unread: 1 }, { unread: 1 }]);

    const falls = nextEvent(otherTab, "notifications");
    await markRead({ actorId: requester.id });
    expect(await falls).toEqual({ unread: 0 });
  });

  it("tells nobody else", async () => {
    const { network, organiser, member } = await createNetworkWithPeople();
    const requester = await createUser();
    const bystander = await connect(member.id);
    const heard = collect(bystander, "notifications");
    await requestToJoin({ actorId: requester.id, slug: network.slug, motivation: "Vi vill gärna vara med i nätverket." });
    const organiserTab = await connect(organiser.id);
    const request = await getPrisma().joinRequest.findFirstOrThrow({ where: { userId: requester.id }, select: { id: true } });
    await decideJoinRequest({ actorId: organiser.id, requestId: request.id, decision: "DECLINED" });
    await settle(bystander);
    await settle(organiserTab);
    expect(heard.received).toEqual([]);
  });
});

describe("mentions in chat", () => {
  it("notify the members named with @ who can read the channel, not the author", async () => {
    const { network, organiser, member, outsider } = await createNetworkWithPeople();
    const channelId = (await listChannels({ actorId: member.id })).find((channel) => channel.kind === "NETWORK" && channel.name === network.name)!.id;
    const memberSocket = await connect(member.id);
    const organiserTab = await connect(organiser.id);
    const bell = nextEvent(organiserTab, "notifications");
    const body = `@${organiser.name} could you add the export club? cc @${outsider.name} @${member.name}`;
    expect((await memberSocket.emitWithAck("message:send", { channelId, clientId: randomUUID(), body })).ok).toBe(true);
    expect(await bell).toEqual({ unread: 1 });
    const [mention] = await listNotifications({ actorId: organiser.id });
    expect(mention).toMatchObject({ kind: "chat.mentioned", data: { channelId, channelName: network.name, authorName: member.name, excerpt: body } });
    expect(await getPrisma().notification.count({ where: { userId: { in: [outsider.id, member.id] }, kind: "chat.mentioned" } })).toBe(0);
  });
});
