import { DateTime } from "luxon";
import type { EventKind, Prisma } from "@/generated/prisma/client";
import { EVENT_TIME_ZONE } from "@/lib/events/time";
import { networkSeeds } from "./networks";
import { Random } from "./random";

// Demo events: past and coming meetings in every network, Kronoberg's start-up meetings (the
// two held ones are the recorded start-up meetings), an export club in each active network
// and Övre Norrland's business trip to Vietnam. Dates are relative to the day of the seed, so
// a fresh installation always has something coming up. Ids are fixed: a second run adds nothing.

type Tx = Prisma.TransactionClient;

interface EventSeed {
  key: string;
  kind: EventKind;
  title: string;
  description: string;
  /** Days from the seed day (negative: past), and the Stockholm local start time. */
  day: number | string;
  start: string;
  hours: number;
  place?: string;
  onlineUrl?: string;
  capacity?: number;
  visibility?: "NETWORK" | "PUBLIC";
  /** People going (the rest of `interested` say interested). */
  going: number;
  interested?: number;
}

const local = (day: number | string, time: string) => {
  const base = typeof day === "string" ? DateTime.fromISO(day, { zone: EVENT_TIME_ZONE }) : DateTime.now().setZone(EVENT_TIME_ZONE).startOf("day").plus({ days: day });
  const [hour, minute] = time.split(":").map(Number);
  return base.set({ hour, minute });
};

const common = (network: string): EventSeed[] => [
  {
    key: "meeting-past",
    kind: "NETWORK_MEETING",
    title: "Network meeting: what we learned this season",
    description: "Members share one export lesson each; the organisers sum up the season and we plan the next one.",
    day: -40,
    start: "17:30",
    hours: 2,
    place: `Business centre, ${network}`,
    capacity: 60,
    going: 28,
  },
  {
    key: "export-club",
    kind: "EXPORT_CLUB",
    title: "Export club: two firms tell their export stories",
    description: "Two member firms tell how they got into a new market — **what worked, what did not and who helped** — followed by questions and coffee.",
    day: 12,
    start: "08:00",
    hours: 1.5,
    place: "Breakfast room, Science Park",
    capacity: 30,
    visibility: "PUBLIC",
    going: 17,
    interested: 6,
  },
  {
    key: "workshop",
    kind: "WORKSHOP",
    title: "Workshop: pricing and Incoterms for the first export order",
    description: "A regional export advisor walks through price calculation, Incoterms 2020 and payment terms with your own cases.",
    day: 26,
    start: "13:00",
    hours: 3,
    onlineUrl: "https://meet.example.org/kosmopolit-pricing",
    capacity: 25,
    going: 27,
    interested: 4,
  },
  {
    key: "social",
    kind: "SOCIAL",
    title: "Winter dinner with dishes from our countries of birth",
    description: "Bring a dish from a country you know; the network pays for the room and the drinks.",
    day: 33,
    start: "18:30",
    hours: 3,
    place: "Community hall",
    going: 34,
  },
];

const kronobergStartup: EventSeed[] = [
  ...networkSeeds
    .find((network) => network.slug === "kronoberg")!
    .meetings.map((date, index) => ({
      key: `startup-${index + 1}`,
      kind: "STARTUP_MEETING" as const,
      title: `Start-up meeting ${index + 1} of 3`,
      description: "Business Sweden leads the start-up meetings; after the third the network is handed over to its members.",
      day: date,
      start: "17:00",
      hours: 2.5,
      place: "Växjö, Business Sweden's office",
      going: 20,
    })),
  {
    key: "startup-3",
    kind: "STARTUP_MEETING",
    title: "Start-up meeting 3 of 3: choosing the organisers",
    description: "The third start-up meeting: we agree on the network's first organisers and the plan for next year.",
    day: 9,
    start: "17:00",
    hours: 2.5,
    place: "Växjö, Business Sweden's office",
    capacity: 60,
    going: 22,
    interested: 5,
  },
];

const eventId = (network: string, key: string) => `demo-event-${network}-${key}`;

export async function seedEvents(tx: Tx) {
  if ((await tx.event.count({ where: { id: { startsWith: "demo-event-" } } })) > 0) return;
  const random = new Random(5_2026);
  const networks = await tx.network.findMany({ where: { slug: { in: networkSeeds.map((seed) => seed.slug) } }, select: { id: true, slug: true, city: true, status: true } });
  for (const network of networks) {
    const members = (await tx.membership.findMany({ where: { networkId: network.id, role: { in: ["MEMBER", "ORGANISER"] } }, orderBy: { userId: "asc" }, select: { userId: true } })).map((row) => row.userId);
    const organiser = (await tx.membership.findFirst({ where: { networkId: network.id, role: { in: network.status === "FORMING" ? ["FACILITATOR"] : ["ORGANISER"] } }, select: { userId: true } }))?.userId ?? null;
    const seeds = network.status === "FORMING" ? [...kronobergStartup, ...common(network.city).slice(0, 2)] : common(network.city);
    for (const seed of seeds) {
      const id = eventId(network.slug, seed.key);
      const startsAt = local(seed.day, seed.start);
      await tx.event.create({
        data: {
          id,
          networkId: network.id,
          createdById: organiser,
          kind: seed.kind,
          title: seed.title,
          description: seed.description,
          startsAt: startsAt.toJSDate(),
          endsAt: startsAt.plus({ minutes: seed.hours * 60 }).toJSDate(),
          place: seed.place ?? null,
          onlineUrl: seed.onlineUrl ?? null,
          capacity: seed.capacity ?? null,
          visibility: seed.visibility ?? "NETWORK",
          rsvpDeadline: startsAt.minus({ days: 2 }).toJSDate(),
          createdAt: startsAt.minus({ days: 30 }).toJSDate(),
        },
      });
      await addRsvps(tx, id, shuffled(random, members), seed.going, seed.interested ?? 0, seed.capacity);
      const startupNumber = seed.kind === "STARTUP_MEETING" ? Number(seed.key.split("-")[1]) : 0;
      if (startupNumber) await tx.startupMeeting.updateMany({ where: { networkId: network.id, number: startupNumber, eventId: null }, data: { eventId: id } });
    }
    if (network.slug === "ovre-norrland") await seedVietnamTrip(tx, network.id, organiser, members, random);
  }
}

function shuffled(random: Random, ids: string[]) {
  const copy = [...ids];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** `going` people going (beyond the capacity: waitlisted, in order) and then `interested`. */
async function addRsvps(tx: Tx, eventId: string, people: string[], going: number, interested: number, capacity?: number, first: string[] = []) {
  const ordered = [...first, ...people.filter((id) => !first.includes(id))];
  const now = Date.now();
  const rows = ordered.slice(0, going + interested).map((userId, index) => {
    const wantsSeat = index < going;
    const waitlisted = wantsSeat && capacity !== undefined && index >= capacity;
    return { eventId, userId, status: wantsSeat ? (waitlisted ? ("WAITLISTED" as const) : ("GOING" as const)) : ("INTERESTED" as const), waitlistedAt: waitlisted ? new Date(now - (going - index) * 60_000) : null };
  });
  await tx.rsvp.createMany({ data: rows, skipDuplicates: true });
}

async function seedVietnamTrip(tx: Tx, networkId: string, organiser: string | null, members: string[], random: Random) {
  const id = eventId("ovre-norrland", "trip-vietnam");
  const knowers = await tx.countryKnowledge.findMany({ where: { country: "VN", userId: { in: members } }, orderBy: { userId: "asc" }, select: { userId: true } });
  const leaders = knowers.slice(0, 2).map((row) => row.userId);
  const startsAt = local(70, "07:00");
  const endsAt = startsAt.plus({ days: 6 }).set({ hour: 22, minute: 0 });
  const day = (offset: number) => new Date(`${startsAt.plus({ days: offset }).toISODate()}T00:00:00Z`);
  const briefings = await tx.knowledgeItem.findMany({ where: { status: "PUBLISHED", countries: { has: "VN" } }, orderBy: { publishedAt: "desc" }, take: 3, select: { id: true } });
  await tx.event.create({
    data: {
      id,
      networkId,
      createdById: organiser,
      kind: "BUSINESS_TRIP",
      title: "Business trip to Vietnam: Hanoi and Ho Chi Minh City",
      description:
        "A week of meetings with importers, distributors and the Swedish business community in Vietnam, led by two members who lived and did business there.\n\n" +
        "**Who it is for:** firms in food, clean tech, wood and ICT that want to test the Vietnamese market. Each participant gets two to four matched meetings.",
      startsAt: startsAt.toJSDate(),
      endsAt: endsAt.toJSDate(),
      place: "Hanoi and Ho Chi Minh City, Vietnam",
      capacity: 12,
      rsvpDeadline: startsAt.minus({ days: 35 }).toJSDate(),
      visibility: "NETWORK",
      trip: {
        create: {
          country: "VN",
          cities: ["Hanoi", "Ho Chi Minh City"],
          costPerPerson: 24_500,
          targetSectors: ["C", "G", "J", "I"],
          briefingIds: briefings.map((row) => row.id),
          leaders: { create: leaders.map((userId) => ({ userId })) },
          itinerary: {
            create: [
              { day: day(0), time: "07:00", activity: "Flight Stockholm – Hanoi (via Doha)", place: "Arlanda", position: 0 },
              { day: day(1), time: "10:00", activity: "Briefing at the Swedish embassy and Business Sweden", place: "Hanoi", position: 1 },
              { day: day(1), time: "14:00", activity: "Matched meetings with importers", place: "Hanoi", notes: "Two to four meetings per firm", position: 2 },
              { day: day(2), time: "09:00", activity: "Visit to an industrial park and a distributor", place: "Bac Ninh", position: 3 },
              { day: day(3), time: "08:00", activity: "Flight Hanoi – Ho Chi Minh City", place: "Noi Bai airport", position: 4 },
              { day: day(3), time: "15:00", activity: "Nordic chamber of commerce networking", place: "Ho Chi Minh City", position: 5 },
              { day: day(4), time: "09:00", activity: "Matched meetings and a trade fair visit", place: "Ho Chi Minh City", position: 6 },
              { day: day(5), time: "10:00", activity: "Debrief: next steps for each firm", place: "Hotel", position: 7 },
              { day: day(6), time: "09:00", activity: "Flight home", place: "Tan Son Nhat airport", position: 8 },
            ],
          },
          checklist: {
            create: [
              { label: "Visa (e-visa, apply at least three weeks ahead)", done: false, position: 0 },
              { label: "Travel insurance", done: false, position: 1 },
              { label: "Meetings booked with the matchmaker", done: true, position: 2 },
              { label: "Business cards in English (Vietnamese on the back)", done: false, position: 3 },
            ],
          },
        },
      },
    },
  });
  await addRsvps(tx, id, shuffled(random, members), 7, 4, 12, leaders);
}
