// The five demo networks: four handed over to their members, Kronoberg still forming.

export interface NetworkSeed {
  slug: string;
  name: string;
  region: string;
  city: string;
  description: string;
  languages: string[];
  status: "ACTIVE" | "FORMING";
  /** Member firms (roles MEMBER and ORGANISER), including second memberships. */
  memberFirms: number;
  organisers: number;
  createdAt: string;
  /** Start-up meetings held so far (ISO dates); the third one is the hand-over. */
  meetings: string[];
  /** Members joined between the first meeting and this date. */
  joinedUntil: string;
  /** Cities of the region, weighted; the first is the network's home. */
  cities: [string, number][];
  /** Words for company names that sound local. */
  localWords: string[];
  /** Origins that are more common here than elsewhere (multiplier on the weight). */
  originBoost: Record<string, number>;
  facilitator: { name: string; organisation: string; email?: string; city: string };
}

export const networkSeeds: NetworkSeed[] = [
  {
    slug: "ovre-norrland",
    name: "Kosmopolit Övre Norrland",
    region: "Västerbottens län & Norrbottens län",
    city: "Umeå",
    description:
      "Kosmopolit Övre Norrland brings together entrepreneurs from more than thirty countries who run businesses from Umeå and Skellefteå to Luleå and Kiruna. " +
      "We meet every month, taking turns between Umeå and Luleå, and join online when the distances get long. " +
      "Members share what they know about markets from the Middle East to Southeast Asia, and we plan trips to trade fairs together. " +
      "Whether you run a one-person firm or a growing company, you are welcome.",
    languages: ["sv", "en"],
    status: "ACTIVE",
    memberFirms: 118,
    organisers: 3,
    createdAt: "2024-01-10",
    meetings: ["2024-02-08", "2024-03-21", "2024-05-16"],
    joinedUntil: "2026-10-31",
    cities: [["Umeå", 40], ["Luleå", 18], ["Skellefteå", 14], ["Piteå", 8], ["Kiruna", 6], ["Boden", 4], ["Lycksele", 3], ["Gällivare", 3], ["Haparanda", 2], ["Vindeln", 1]],
    localWords: ["Norrland", "Bottenviken", "Polcirkel", "Umeälv", "Lappland", "Midnattssol"],
    originBoost: { FI: 3, TH: 2, SO: 1.3 },
    facilitator: { name: "Maria Lundström", organisation: "Region Västerbotten", city: "Umeå" },
  },
  {
    slug: "stockholm",
    name: "Kosmopolit Stockholm",
    region: "Stockholms län",
    city: "Stockholm",
    description:
      "Kosmopolit Stockholm is the network for founders and business owners born abroad who run companies across Stockholm County. " +
      "Our export club meets monthly in central Stockholm, with breakfast meetings in Kista and Södertälje in between. " +
      "Many members already sell to their countries of birth and beyond; others are preparing their first step abroad and want peers who have done it. " +
      "Bring your questions, your contacts and your curiosity.",
    languages: ["en", "sv"],
    status: "ACTIVE",
    memberFirms: 142,
    organisers: 3,
    createdAt: "2024-08-15",
    meetings: ["2024-09-12", "2024-10-24", "2024-12-05"],
    joinedUntil: "2026-10-31",
    cities: [["Stockholm", 45], ["Solna", 7], ["Sundbyberg", 6], ["Södertälje", 8], ["Huddinge", 6], ["Botkyrka", 5], ["Järfälla", 4], ["Nacka", 5], ["Täby", 3], ["Sollentuna", 4], ["Norrtälje", 2]],
    localWords: ["Mälar", "Skärgård", "Söder", "Saltsjö", "Kista"],
    originBoost: { IR: 1.5, US: 2, GB: 2, IN: 1.5, CN: 1.3 },
    facilitator: { name: "Daniel Berg", organisation: "Business Sweden", city: "Stockholm" },
  },
  {
    slug: "skane",
    name: "Kosmopolit Skåne",
    region: "Skåne län",
    city: "Malmö",
    description:
      "Kosmopolit Skåne connects entrepreneurs born outside Sweden in Malmö, Helsingborg, Lund and the rest of the region. " +
      "With Copenhagen across the bridge, many of us already work in two countries, and we help each other take the next step into markets further away. " +
      "We meet in Malmö every other month and run export clubs on trade with the Middle East, the Balkans and Latin America.",
    languages: ["sv", "en"],
    status: "ACTIVE",
    memberFirms: 96,
    organisers: 2,
    createdAt: "2024-12-16",
    meetings: ["2025-01-23", "2025-03-06", "2025-04-10"],
    joinedUntil: "2026-10-31",
    cities: [["Malmö", 45], ["Helsingborg", 15], ["Lund", 12], ["Kristianstad", 6], ["Landskrona", 5], ["Trelleborg", 4], ["Hässleholm", 3], ["Ystad", 3], ["Eslöv", 2]],
    localWords: ["Öresund", "Österlen", "Söderslätt", "Kullaberg", "Skanör"],
    originBoost: { DE: 2, PL: 1.5, BA: 1.5, IQ: 1.3, PS: 1.5 },
    facilitator: { name: "Anders Nilsson", organisation: "Almi Skåne", city: "Malmö" },
  },
  {
    slug: "vastra-gotaland",
    name: "Kosmopolit Västra Götaland",
    region: "Västra Götalands län",
    city: "Göteborg",
    description:
      "Kosmopolit Västra Götaland gathers business owners born abroad in Göteborg, Borås, Trollhättan and the rest of the region. " +
      "The port of Göteborg is on our doorstep, and many members work in trade, logistics and manufacturing with customers all over the world. " +
      "We meet every month at a different member's company, so every meeting is also a visit to someone's business. " +
      "Whether you already export or are still exploring, someone here knows your next market.",
    languages: ["sv", "en"],
    status: "ACTIVE",
    memberFirms: 131,
    organisers: 3,
    createdAt: "2025-07-28",
    meetings: ["2025-08-28", "2025-10-02", "2025-11-13"],
    joinedUntil: "2026-10-31",
    cities: [["Göteborg", 45], ["Borås", 10], ["Trollhättan", 7], ["Mölndal", 6], ["Uddevalla", 5], ["Skövde", 5], ["Kungälv", 4], ["Lidköping", 3], ["Alingsås", 3], ["Partille", 3]],
    localWords: ["Göta", "Västkust", "Älvstrand", "Hisingen", "Kattegatt"],
    originBoost: { BA: 1.5, CL: 2, ER: 1.5, IR: 1.3 },
    facilitator: { name: "Sara Karlsson", organisation: "Enterprise Europe Network", city: "Göteborg" },
  },
  {
    slug: "kronoberg",
    name: "Kosmopolit Kronoberg",
    region: "Kronobergs län",
    city: "Växjö",
    description:
      "Kosmopolit Kronoberg is a new network for entrepreneurs born outside Sweden who run businesses in Växjö, Ljungby, Älmhult and the rest of Kronoberg. " +
      "Business Sweden is leading our start-up meetings this autumn, and after the third meeting the network will be handed over to its members. " +
      "Come and help shape it: together we are deciding how often to meet, which markets to explore first and what a good network should offer.",
    languages: ["sv", "en", "ar"],
    status: "FORMING",
    memberFirms: 58,
    organisers: 2,
    createdAt: "2026-08-20",
    meetings: ["2026-09-24", "2026-10-29"],
    joinedUntil: "2026-11-15",
    cities: [["Växjö", 55], ["Ljungby", 14], ["Älmhult", 12], ["Alvesta", 7], ["Markaryd", 5], ["Tingsryd", 4], ["Lessebo", 3]],
    localWords: ["Småland", "Värend", "Åsnen", "Helgeå", "Kronoberg"],
    originBoost: { SY: 1.5, AF: 1.5, ER: 1.3 },
    facilitator: { name: "Johan Ekström", organisation: "Business Sweden", email: "facilitator@kosmopolit.test", city: "Växjö" },
  },
];

export const meetingNotes = [
  "Introductions round, what the network could do for each member, and a first map of the markets members know.",
  "Workshop on common goals: export club, knowledge bank and a joint trip. Members volunteered for the organiser group.",
  "Organisers elected and the network handed over. First network meeting planned by the members themselves.",
];
