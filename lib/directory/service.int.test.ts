import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { addMember, createNetwork, createUser } from "@/tests/factories";
import { createPerson, token } from "@/tests/profile-factories";
import { compareResults, relevanceScore } from "./rules";
import { directoryQuerySchema } from "./schema";
import { textMode } from "./search-sql";
import { searchMembers } from "./service";

/** A viewer in a network of their own, and the people under test in another network. */
async function world() {
  const [home, other] = await Promise.all([createNetwork(), createNetwork()]);
  const viewer = await createPerson({ networks: [{ id: home.id }] });
  return { home, other, viewer };
}

const names = (result: { items: { name: string }[] }) => result.items.map((item) => item.name).sort();

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, key: error.messageKey, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("the search was allowed");
}

describe("searchMembers filters", () => {
  it("applies every filter alone and combined, listing only member firms of networks that are not archived", async () => {
    const { other, viewer } = await world();
    const archived = await createNetwork({ status: "ARCHIVED" });
    const tag = token();
    const net = [{ id: other.id }];
    await createPerson({ name: `Amal ${tag}`, networks: net, openToIntroductions: true, countries: [{ country: "VN", relations: ["BORN", "LIVED"] }], languages: [{ code: "vi", level: "NATIVE" }, { code: "sv", level: "FLUENT" }], company: { name: `Amal Trading ${tag} AB`, sector: "G", exporting: true } });
    await createPerson({ name: `Binh ${tag}`, networks: net, countries: [{ country: "VN", relations: ["HAS_CONTACTS"] }, { country: "TH", relations: ["WORKED"] }], languages: [{ code: "vi", level: "BASIC" }], company: { name: `Binh Software ${tag} AB`, sector: "J", exporting: false } });
    await createPerson({ name: `Carla ${tag}`, networks: [{ id: other.id, role: "ORGANISER" }], openToIntroductions: true, countries: [{ country: "SE", relations: ["BORN"] }], languages: [{ code: "sv", level: "NATIVE" }], company: { name: `Carla Kitchen ${tag} AB`, sector: "I", exporting: true } });
    await createPerson({ name: `Dana ${tag}`, networks: net, noProfile: true });
    // Never listed: the facilitator, a member of an archived network only, a removed account.
    await createPerson({ name: `Facilitator ${tag}`, networks: [{ id: other.id, role: "FACILITATOR" }], countries: [{ country: "VN", relations: ["BORN"] }] });
    await createPerson({ name: `Archived ${tag}`, networks: [{ id: archived.id }], countries: [{ country: "VN", relations: ["BORN"] }] });
    const removed = await createPerson({ name: `Removed ${tag}`, networks: net, countries: [{ country: "VN", relations: ["BORN"] }] });
    await getPrisma().user.update({ where: { id: removed.id }, data: { status: "REMOVED" } });

    const search = (query: Record<string, unknown>) => searchMembers({ actorId: viewer.id, network: other.slug, ...query });
    const expectNames = async (query: Record<string, unknown>, expected: string[]) => {
      const result = await search(query);
      expect(names(result), JSON.stringify(query)).toEqual(expected.map((name) => `${name} ${tag}`));
      expect(result.total, JSON.stringify(query)).toBe(expected.length);
    };

    await expectNames({}, ["Amal", "Binh", "Carla", "Dana"]);
    await expectNames({ country: "VN" }, ["Amal", "Binh"]);
    await expectNames({ country: "vn", relation: "born" }, ["Amal"]);
    await expectNames({ relation: "WORKED" }, ["Binh"]);
    await expectNames({ language: "vi" }, ["Amal", "Binh"]);
    await expectNames({ language: "vi", minLevel: "fluent" }, ["Amal"]);
    await expectNames({ language: "sv", minLevel: "professional" }, ["Amal", "Carla"]);
    await expectNames({ minLevel: "native" }, ["Amal", "Carla"]);
    await expectNames({ sector: "g" }, ["Amal"]);
    await expectNames({ exporting: "true" }, ["Amal", "Carla"]);
    await expectNames({ exporting: "false" }, ["Binh"]);
    await expectNames({ open: "true" }, ["Amal", "Carla"]);
    await expectNames({ open: "false" }, ["Binh", "Dana"]);
    await expectNames({ q: "Carla" }, ["Carla"]);
    await expectNames({ country: "VN", language: "vi", minLevel: "basic", sector: "J", exporting: "false", open: "false" }, ["Binh"]);
    await expectNames({ country: "VN", exporting: "true", open: "true", q: `Amal ${tag}` }, ["Amal"]);
    await expectNames({ country: "VN", sector: "I" }, []);
  });

  it("filters by network", async () => {
    const { home, other, viewer } = await world();
    const tag = token();
    await createPerson({ name: `Home ${tag}`, networks: [{ id: home.id }] });
    await createPerson({ name: `Other ${tag}`, networks: [{ id: other.id }] });
    await createPerson({ name: `Both ${tag}`, networks: [{ id: home.id }, { id: other.id }] });
    expect(names(await searchMembers({ actorId: viewer.id, q: tag, network: other.slug }))).toEqual([`Both ${tag}`, `Other ${tag}`]);
    const both = (await searchMembers({ actorId: viewer.id, q: `Both ${tag}` })).items.find((item) => item.name === `Both ${tag}`);
    expect(both?.networks).toEqual([home.slug, other.slug].sort());
    expect((await searchMembers({ actorId: viewer.id, q: tag, network: "no-such-network" })).total).toBe(0);
  });

  it("finds people despite typos in names, company names, headlines and bios", async () => {
    const { other, viewer } = await world();
    const net = [{ id: other.id }];
    await createPerson({ name: "Nguyen Thi Lan", networks: net, company: { name: "Saigon Spice Import AB" } });
    await createPerson({ name: "Haidar Kadhim", networks: net, headline: "Halal food import from Baghdad to the Nordics" });
    await createPerson({ name: "Olena Kovalenko", networks: net, bio: "I run logistics between Gothenburg and Hamburg for furniture makers." });
    const find = async (q: string) => names(await searchMembers({ actorId: viewer.id, network: other.slug, q }));
    expect(await find("Nguyn")).toEqual(["Nguyen Thi Lan"]);
    expect(await find("Saigon Spce")).toEqual(["Nguyen Thi Lan"]);
    expect(await find("bagdad")).toEqual(["Haidar Kadhim"]);
    expect(await find("Gothenbrg")).toEqual(["Olena Kovalenko"]);
    expect(await find("Kovalenko")).toEqual(["Olena Kovalenko"]);
    expect(await find("Xylophone orchestra")).toEqual([]);
  });

  it("matches free text the same way whether the trigram indexes or the filtered candidates are searched", async () => {
    const { other, viewer } = await world();
    const net = [{ id: other.id }];
    const vn = [{ country: "VN", relations: ["BORN" as const] }];
    await createPerson({ name: "Nguyen Thi Lan", networks: net, countries: vn, company: { name: "Saigon Spice Import AB" } });
    await createPerson({ name: "Tran Van Minh", networks: net, countries: vn, headline: "Spices and dried fruit from Saigon and the Mekong delta" });
    await createPerson({ name: "Le Thi Hoa", networks: net, countries: vn, bio: "Our bakery in Malmö bakes bánh mì with flour from Saigon." });
    await createPerson({ name: "Pham Duc", networks: net, countries: vn, bio: "Furniture from Hanoi." });
    expect(textMode(directoryQuerySchema.parse({ q: "x", network: "nw" }))).toBe("index");
    expect(textMode(directoryQuerySchema.parse({ q: "x", network: "nw", country: "VN" }))).toBe("inline");
    for (const q of ["Saigon Spce", "Saigon", "Nguyn", "Hanoi furniture", "Xylophone"]) {
      const byIndex = await searchMembers({ actorId: viewer.id, network: other.slug, q });
      const inline = await searchMembers({ actorId: viewer.id, network: other.slug, country: "VN", q });
      expect(inline.items.map((item) => item.name), q).toEqual(byIndex.items.map((item) => item.name));
      expect(inline.total, q).toBe(byIndex.total);
    }
    const saigon = await searchMembers({ actorId: viewer.id, network: other.slug, country: "VN", q: "Saigon Spice" });
    expect(saigon.items.map((item) => item.name)).toEqual(["Nguyen Thi Lan", "Tran Van Minh", "Le Thi Hoa"]);
  });

  it("returns the contract's shape, 20 per page, without overlap between pages", async () => {
    const { other, viewer } = await world();
    const tag = token();
    for (let index = 0; index < 23; index++) await createPerson({ name: `Person ${String(index).padStart(2, "0")} ${tag}`, networks: [{ id: other.id }] });
    const first = await searchMembers({ actorId: viewer.id, network: other.slug });
    const second = await searchMembers({ actorId: viewer.id, network: other.slug, page: "2" });
    const third = await searchMembers({ actorId: viewer.id, network: other.slug, page: 3 });
    expect([first.items.length, second.items.length, third.items.length]).toEqual([20, 3, 0]);
    expect([first.total, second.total, third.total]).toEqual([23, 23, 23]);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(23);
    expect(Object.keys(first).sort()).toEqual(["facets", "items", "total"]);
    expect(Object.keys(first.facets).sort()).toEqual(["country", "language", "sector"]);
    expect(Object.keys(first.items[0]!).sort()).toEqual(["company", "countries", "headline", "id", "languages", "name", "networks"]);
  });
});

describe("searchMembers facets", () => {
  it("counts countries, languages and sectors of the people matching the current filters", async () => {
    const { other, viewer } = await world();
    const net = [{ id: other.id }];
    await createPerson({ networks: net, countries: [{ country: "VN", relations: ["BORN"] }, { country: "TH", relations: ["EXPORTS_TO"] }], languages: [{ code: "vi", level: "NATIVE" }, { code: "en", level: "FLUENT" }], company: { name: "A AB", sector: "G", exporting: true } });
    await createPerson({ networks: net, countries: [{ country: "VN", relations: ["HAS_CONTACTS"] }], languages: [{ code: "en", level: "BASIC" }], company: { name: "B AB", sector: "G" } });
    await createPerson({ networks: net, countries: [{ country: "SY", relations: ["BORN"] }], languages: [{ code: "ar", level: "NATIVE" }], company: { name: "C AB", sector: "J", exporting: true } });

    const all = await searchMembers({ actorId: viewer.id, network: other.slug });
    expect(all.facets).toEqual({ country: { VN: 2, SY: 1, TH: 1 }, language: { en: 2, ar: 1, vi: 1 }, sector: { G: 2, J: 1 } });
    const vietnam = await searchMembers({ actorId: viewer.id, network: other.slug, country: "VN" });
    expect(vietnam.facets).toEqual({ country: { VN: 2, TH: 1 }, language: { en: 2, vi: 1 }, sector: { G: 2 } });
    const exporting = await searchMembers({ actorId: viewer.id, network: other.slug, exporting: "true", language: "en" });
    expect(exporting.facets).toEqual({ country: { TH: 1, VN: 1 }, language: { en: 1, vi: 1 }, sector: { G: 1 } });
  });
});

describe("searchMembers relevance", () => {
  it("puts the viewer's network first, then stronger relations and language levels, as rules.ts scores them", async () => {
    const { home, other, viewer } = await world();
    const tag = token();
    const people = [
      { name: "Echo", networkId: other.id, relations: ["HAS_CONTACTS"], level: "NATIVE" },
      { name: "Alfa", networkId: other.id, relations: ["BORN"], level: "NATIVE" },
      { name: "Delta", networkId: other.id, relations: ["EXPORTS_TO", "HAS_CONTACTS"], level: "FLUENT" },
      { name: "Bravo", networkId: other.id, relations: ["LIVED"], level: "BASIC" },
      { name: "Golf", networkId: other.id, relations: ["DID_BUSINESS"], level: "PROFESSIONAL" },
      { name: "Foxtrot", networkId: home.id, relations: ["HAS_CONTACTS"], level: "BASIC" },
    ] as const;
    const created = [];
    for (const person of people) {
      const user = await createPerson({ name: `${person.name} ${tag}`, headline: `Importer ${tag}`, networks: [{ id: person.networkId }], countries: [{ country: "VN", relations: [...person.relations] }], languages: [{ code: "vi", level: person.level }] });
      created.push({ id: user.id, name: `${person.name} ${tag}`, score: relevanceScore({ sameNetwork: person.networkId === home.id, relations: person.relations, level: person.level, textSimilarity: 1 }) });
    }
    const result = await searchMembers({ actorId: viewer.id, q: `Importer ${tag}`, country: "VN", language: "vi" });
    expect(result.items.map((item) => item.name)).toEqual(created.sort(compareResults).map((person) => person.name));
    expect(result.items.map((item) => item.name.split(" ")[0])).toEqual(["Foxtrot", "Alfa", "Delta", "Echo", "Bravo", "Golf"]);
  });

  it("ranks closer text matches higher", async () => {
    const { other, viewer } = await world();
    const tag = token();
    await createPerson({ name: `Weak ${tag}`, networks: [{ id: other.id }], headline: "Spices and dried fruit from Saigon and the Mekong delta" });
    await createPerson({ name: `Strong ${tag}`, networks: [{ id: other.id }], company: { name: "Saigon Spice Import AB" } });
    const result = await searchMembers({ actorId: viewer.id, network: other.slug, q: "Saigon Spice" });
    expect(result.items.map((item) => item.name)).toEqual([`Strong ${tag}`, `Weak ${tag}`]);
  });
});

describe("searchMembers access", () => {
  it("refuses visitors, people outside every network and members of archived networks only", async () => {
    expect(await refusal(searchMembers({ actorId: null }))).toMatchObject({ code: "UNAUTHENTICATED" });
    const outsider = await createUser();
    expect(await refusal(searchMembers({ actorId: outsider.id }))).toEqual({ code: "FORBIDDEN", key: "directoryMembersOnly", fields: undefined });
    const archived = await createNetwork({ status: "ARCHIVED" });
    const former = await createUser();
    await addMember(archived.id, former.id);
    expect(await refusal(searchMembers({ actorId: former.id }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets organisers and facilitators search too", async () => {
    const network = await createNetwork({ status: "FORMING" });
    const facilitator = await createUser({ facilitatorOf: "Almi" });
    await addMember(network.id, facilitator.id, "FACILITATOR");
    await expect(searchMembers({ actorId: facilitator.id, network: network.slug })).resolves.toMatchObject({ total: 0 });
  });

  it("refuses malformed and unknown parameters with field errors", async () => {
    const { viewer } = await world();
    expect(await refusal(searchMembers({ actorId: viewer.id, country: "XX", minLevel: "expert", page: "0", sort: "name" }))).toEqual({
      code: "INVALID",
      key: "invalidInput",
      fields: { country: ["validation.countryCode"], minLevel: ["validation.languageLevel"], page: ["validation.page"], sort: ["validation.unknownParameter"] },
    });
  });
});
