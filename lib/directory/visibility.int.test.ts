import { describe, expect, it } from "vitest";
import type { Visibility } from "@/generated/prisma/client";
import { createNetwork } from "@/tests/factories";
import { createPerson, token } from "@/tests/profile-factories";
import { searchMembers } from "./service";

type Section = "about" | "languages" | "countries" | "company";

/**
 * One person in network N with every section filled and one section at `visibility`; a
 * co-member (also in N) and a member of another network look for them in every way the
 * directory allows.
 */
async function scenario(section: Section, visibility: Visibility) {
  const [shared, elsewhere] = await Promise.all([createNetwork(), createNetwork()]);
  const tag = token();
  const firm = `Firma ${token("zx")} AB`; // a word of its own, so a search for it matches the company name only
  const target = await createPerson({
    name: `Target ${tag}`,
    headline: `Headline ${tag}`,
    networks: [{ id: shared.id }],
    openToIntroductions: true,
    visibility: { [section]: visibility },
    languages: [{ code: "vi", level: "NATIVE" }],
    countries: [{ country: "VN", relations: ["BORN"] }],
    company: { name: firm, sector: "G", exporting: true },
  });
  const coMember = await createPerson({ networks: [{ id: shared.id }] });
  const otherMember = await createPerson({ networks: [{ id: elsewhere.id }] });
  /** What `viewerId` finds of the target with these filters: null when not listed. */
  const find = async (viewerId: string, query: Record<string, string> = {}) => {
    const result = await searchMembers({ actorId: viewerId, network: shared.slug, ...query });
    return { item: result.items.find((item) => item.id === target.id) ?? null, facets: result.facets };
  };
  return { tag, firm, target, coMember, otherMember, find };
}

const filtersOf: Record<Exclude<Section, "about">, Record<string, string>[]> = {
  languages: [{ language: "vi" }, { language: "vi", minLevel: "native" }, { minLevel: "native" }],
  countries: [{ country: "VN" }, { country: "VN", relation: "born" }, { relation: "born" }],
  company: [{ sector: "G" }, { exporting: "true" }],
};

describe("the directory applies each section's visibility", () => {
  it.each(["NETWORK", "MEMBERS", "PUBLIC"] as const)("about at %s: decides whether the person is listed at all", async (visibility) => {
    const { tag, coMember, otherMember, find } = await scenario("about", visibility);
    expect((await find(coMember.id)).item?.headline).toBe(`Headline ${tag}`);
    expect((await find(coMember.id, { q: tag })).item).not.toBeNull();
    const seenByOther = await find(otherMember.id);
    const searchedByOther = await find(otherMember.id, { q: tag });
    if (visibility === "NETWORK") {
      expect(seenByOther.item).toBeNull();
      expect(searchedByOther.item).toBeNull();
      expect(seenByOther.facets).toEqual({ country: {}, language: {}, sector: {} });
    } else {
      expect(seenByOther.item?.headline).toBe(`Headline ${tag}`);
      expect(searchedByOther.item).not.toBeNull();
    }
  });

  it.each([
    ["languages", "NETWORK"],
    ["languages", "MEMBERS"],
    ["languages", "PUBLIC"],
    ["countries", "NETWORK"],
    ["countries", "MEMBERS"],
    ["countries", "PUBLIC"],
    ["company", "NETWORK"],
    ["company", "MEMBERS"],
    ["company", "PUBLIC"],
  ] as const)("%s at %s: hidden from members of other networks in results, filters, facets and free text", async (section, visibility) => {
    const { firm, coMember, otherMember, find } = await scenario(section, visibility);
    const hiddenFromOther = visibility === "NETWORK";
    const field = { languages: "languages", countries: "countries", company: "company" } as const;
    const facet = { languages: "language", countries: "country", company: "sector" } as const;
    const full = { languages: [{ code: "vi", level: "NATIVE" }], countries: [{ code: "VN", relations: ["BORN"], areas: ["BUSINESS_CULTURE"] }], company: { name: firm, sector: "G", exporting: true } };
    const empty = { languages: [], countries: [], company: null };

    // A co-member sees everything, whatever the level.
    const mine = await find(coMember.id);
    expect(mine.item?.[field[section]]).toEqual(full[section]);
    expect(Object.keys(mine.facets[facet[section]])).toHaveLength(1);
    for (const filters of filtersOf[section]) expect((await find(coMember.id, filters)).item, JSON.stringify(filters)).not.toBeNull();

    // A member of another network sees the person (about is MEMBERS) but not a NETWORK section.
    const theirs = await find(otherMember.id);
    expect(theirs.item).not.toBeNull();
    expect(theirs.item?.[field[section]]).toEqual(hiddenFromOther ? empty[section] : full[section]);
    expect(theirs.facets[facet[section]]).toEqual(hiddenFromOther ? {} : mine.facets[facet[section]]);
    for (const filters of filtersOf[section]) {
      const found = await find(otherMember.id, filters);
      expect(found.item === null, JSON.stringify(filters)).toBe(hiddenFromOther);
    }
    // The other sections stay visible to them.
    for (const other of ["languages", "countries", "company"] as const) {
      if (other !== section) expect(theirs.item?.[field[other]]).toEqual(full[other]);
    }
    if (section === "company") {
      expect((await find(coMember.id, { q: firm })).item).not.toBeNull();
      expect((await find(otherMember.id, { q: firm })).item === null).toBe(hiddenFromOther);
      // The same with a country filter, where the text is compared inline rather than through the indexes.
      expect((await find(coMember.id, { q: firm, country: "VN" })).item).not.toBeNull();
      expect((await find(otherMember.id, { q: firm, country: "VN" })).item === null).toBe(hiddenFromOther);
    }
  });

  it("shows people their own NETWORK sections, even alone in a network", async () => {
    const network = await createNetwork();
    const tag = token();
    const self = await createPerson({
      name: `Self ${tag}`,
      networks: [{ id: network.id }],
      visibility: { about: "NETWORK", languages: "NETWORK", countries: "NETWORK", company: "NETWORK" },
      languages: [{ code: "so", level: "NATIVE" }],
      countries: [{ country: "SO", relations: ["BORN"] }],
      company: { name: `Self ${tag} AB`, sector: "H" },
    });
    const result = await searchMembers({ actorId: self.id, network: network.slug, country: "SO", language: "so", sector: "H" });
    expect(result.items.map((item) => item.id)).toEqual([self.id]);
    expect(result.items[0]).toMatchObject({ languages: [{ code: "so" }], countries: [{ code: "SO" }], company: { sector: "H" } });
  });
});
