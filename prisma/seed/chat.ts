import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { networkSeeds } from "./networks";

// Demo chat: a short conversation in each active network's channel, written for this project,
// with the organiser and other members taking part; in Övre Norrland the demo organiser and
// the demo member too, and the Vietnam trip's channel. The demo member has not read the last
// few messages, so the unread badges show. Ids are fixed: a second run adds nothing.

type Tx = Prisma.TransactionClient;

/** [speaker index, text, minutes before the seed]. Speaker 0 is the network's organiser. */
type Line = [number, string, number];

const NETWORK_TALK: Line[] = [
  [0, "Välkomna till nätverkets chatt! Här kan ni fråga varandra om marknader, tips och kontakter mellan träffarna.", 60 * 24 * 6],
  [1, "Tack! Does anyone have experience with shipping food products to Poland? We are looking at a distributor in Gdańsk.", 60 * 24 * 5],
  [2, "Yes, we did it last year. Check the labelling rules first — Polish on every retail package. Happy to share our checklist.", 60 * 24 * 5 - 45],
  [1, "That would be great, thank you!", 60 * 24 * 5 - 40],
  [3, "Påminnelse: exportklubben är om två veckor. Vi behöver en firma till som vill berätta sin exportresa.", 60 * 24 * 2],
  [4, "Jag kan berätta om hur vi kom in i Tyskland via en mässa i Nürnberg.", 60 * 24 * 2 - 30],
  [0, "Perfekt, jag skriver upp dig. More details in the event page: https://www.kosmopolit.example/events", 60 * 24 * 2 - 20],
  [2, "Has anyone applied for the regional export check (exportcheck) this year? How long did the decision take?", 300],
  [3, "About four weeks for us. Region Västerbotten's advisor was very helpful.", 240],
  [4, "Thanks for the tip about the labelling rules earlier — it saved us a rejected shipment.", 90],
];

const TRIP_TALK: Line[] = [
  [0, "Welcome to the trip channel! Flights: we suggest arriving in Hanoi the evening before the first meeting.", 60 * 24 * 3],
  [1, "Do we need a business visa or is the e-visa enough for the trade fair?", 60 * 24 * 3 - 60],
  [0, "The e-visa is enough for the fair and meetings. Apply at least three weeks before departure.", 60 * 24 * 3 - 50],
  [2, "Jag tar med visitkort på vietnamesiska — någon mer som vill ha kontaktuppgifter till tryckeriet?", 60 * 24],
];

async function appendTalk(tx: Tx, channelId: string, speakers: string[], lines: Line[], readers: { userId: string; unreadLast: number }[]) {
  const now = Date.now();
  await tx.chatMessage.createMany({
    data: lines.map(([speaker, body, minutesAgo], index) => ({
      id: `${channelId}-m${index + 1}`,
      channelId,
      seq: index + 1,
      authorId: speakers[speaker % speakers.length]!,
      clientId: randomUUID(),
      body,
      createdAt: new Date(now - minutesAgo * 60_000),
    })),
  });
  await tx.chatChannel.update({ where: { id: channelId }, data: { lastSeq: lines.length } });
  await tx.chatReadState.createMany({
    skipDuplicates: true,
    data: readers.map((reader) => ({ userId: reader.userId, channelId, lastReadSeq: Math.max(0, lines.length - reader.unreadLast) })),
  });
}

export async function seedChat(tx: Tx, demoMemberId: string | null) {
  if ((await tx.chatChannel.count({ where: { id: { startsWith: "demo-chat-" } } })) > 0) return;
  const networks = await tx.network.findMany({ where: { slug: { in: networkSeeds.map((seed) => seed.slug) }, status: "ACTIVE" }, select: { id: true, slug: true } });
  for (const network of networks) {
    const organisers = await tx.membership.findMany({ where: { networkId: network.id, role: "ORGANISER" }, orderBy: { joinedAt: "asc" }, select: { userId: true } });
    // The demo member only reads, so that their unread badge shows.
    const members = await tx.membership.findMany({ where: { networkId: network.id, role: "MEMBER", userId: { not: demoMemberId ?? "" } }, orderBy: { userId: "asc" }, take: 4, select: { userId: true } });
    const speakers = [...organisers.slice(0, 1), ...members].map((row) => row.userId);
    if (speakers.length < 2) continue;
    const channelId = `demo-chat-${network.slug}`;
    await tx.chatChannel.create({ data: { id: channelId, kind: "NETWORK", networkId: network.id } });
    // Everyone who spoke has read it all; the demo member has four new messages.
    const readers = speakers.map((userId) => ({ userId, unreadLast: 0 }));
    const isDemoMembersNetwork = demoMemberId && (await tx.membership.findUnique({ where: { userId_networkId: { userId: demoMemberId, networkId: network.id } } }));
    if (isDemoMembersNetwork) readers.push({ userId: demoMemberId, unreadLast: 4 });
    await appendTalk(tx, channelId, speakers, NETWORK_TALK, readers);
  }

  const trip = await tx.event.findFirst({ where: { kind: "BUSINESS_TRIP", id: { startsWith: "demo-event-" } }, select: { id: true, networkId: true, trip: { select: { leaders: { select: { userId: true } } } } } });
  if (!trip) return;
  const going = await tx.rsvp.findMany({ where: { eventId: trip.id, status: "GOING" }, orderBy: { userId: "asc" }, take: 3, select: { userId: true } });
  const speakers = [...(trip.trip?.leaders ?? []), ...going].map((row) => row.userId);
  if (speakers.length < 2) return;
  const channelId = `demo-chat-trip-${trip.id}`;
  await tx.chatChannel.create({ data: { id: channelId, kind: "EVENT", eventId: trip.id, networkId: trip.networkId } });
  await appendTalk(tx, channelId, speakers, TRIP_TALK, speakers.map((userId) => ({ userId, unreadLast: 0 })));
}
