import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createNetwork, createUser } from "@/tests/factories";
import { createPerson, token } from "@/tests/profile-factories";
import { getMarketPage } from "./market";

/** Two fresh networks with people who know Eritrea; only these networks are asserted on. */
async function market() {
  const [first, second] = await Promise.all([createNetwork({ name: `A ${token()}` }), createNetwork({ name: `B ${token()}` })]);
  const tag = token();
  const person = (name: string, networkId: string, relations: ("BORN" | "LIVED" | "WORKED" | "EXPORTS_TO" | "HAS_CONTACTS")[], visibility = {}) =>
    createPerson({ name: `${name} ${tag}`, headline: `${name}'s headline`, networks: [{ id: networkId }], visibility, countries: [{ country: "ER", relations, areas: ["LOGISTICS"], years: 12 }] });
  const people = {
    amanuel: await person("Amanuel", first.id, ["HAS_CONTACTS", "LIVED"]),
    berhane: await person("Berhane", first.id, ["HAS_CONTACTS"]),
    ciham: await person("Ciham", first.id, ["EXPORTS_TO"], { countries: "NETWORK" }),
    dawit: await person("Dawit", second.id, ["WORKED"], { about: "PUBLIC", countries: "PUBLIC" }),
    eden: await person("Eden", second.id, ["BORN"], { about: "NETWORK" }),
    filmon: await person("Filmon", second.id, ["BORN"], { about: "PUBLIC" }), // countries stay MEMBERS
  };
  const viewer = await createPerson({ networks: [{ id: first.id }] });
  const view = async (actorId: string | null, country: string = "ER") => {
    const page = await getMarketPage({ actorId, country });
    const mine = page.networks.filter((network) => network.slug === first.slug || network.slug === second.slug);
    return {
      page,
      networks: mine.map((network) => ({
        slug: network.slug,
        mine: network.mine,
        total: network.total,
        groups: network.groups.map((group) => [group.relation, group.members.map((member) => member.name.split(" ")[0])]),
      })),
    };
  };
  return { first, second, people, viewer, view };
}

describe("getMarketPage", () => {
  it("groups a member's view by network, their own first, then by strongest relation", async () => {
    const { first, second, viewer, view, people } = await market();
    const { page, networks } = await view(viewer.id, "er");
    expect(page.country).toBe("ER");
    expect(page.networks[0]?.slug).toBe(first.slug);
    expect(networks).toEqual([
      { slug: first.slug, mine: true, total: 3, groups: [["LIVED", ["Amanuel"]], ["EXPORTS_TO", ["Ciham"]], ["HAS_CONTACTS", ["Berhane"]]] },
      { slug: second.slug, mine: false, total: 2, groups: [["BORN", ["Filmon"]], ["WORKED", ["Dawit"]]] },
    ]);
    const amanuel = page.networks[0]!.groups[0]!.members[0]!;
    expect(amanuel).toEqual({ id: people.amanuel.id, name: amanuel.name, headline: "Amanuel's headline", relations: ["LIVED", "HAS_CONTACTS"], areas: ["LOGISTICS"], years: 12 });
    expect(page.viewer).toEqual({ signedIn: true, isNetworkMember: true });
  });

  it("shows a member of the other network what they may see", async () => {
    const { first, second, view } = await market();
    const outsider = await createPerson({ networks: [{ id: second.id }] });
    const { networks } = await view(outsider.id);
    expect(networks).toEqual([
      { slug: second.slug, mine: true, total: 3, groups: [["BORN", ["Eden", "Filmon"]], ["WORKED", ["Dawit"]]] },
      { slug: first.slug, mine: false, total: 2, groups: [["LIVED", ["Amanuel"]], ["HAS_CONTACTS", ["Berhane"]]] },
    ]);
  });

  it("shows visitors and signed-in people outside every network only public profiles and countries", async () => {
    const { second, view } = await market();
    const expected = [{ slug: second.slug, mine: false, total: 1, groups: [["WORKED", ["Dawit"]]] }];
    const visitor = await view(null);
    expect(visitor.networks).toEqual(expected);
    expect(visitor.page.viewer).toEqual({ signedIn: false, isNetworkMember: false });
    const loner = await createUser();
    expect((await view(loner.id)).networks).toEqual(expected);
  });

  it.each(["XX", "zz", "VNM", "1a", "", undefined])("does not find the market %j", async (country) => {
    await expect(getMarketPage({ actorId: null, country })).rejects.toEqual(new AppError("NOT_FOUND", "marketNotFound"));
  });
});
