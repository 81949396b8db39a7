import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { leaveNetwork } from "@/lib/networks/members";
import { removeCompany, updateCompany } from "@/lib/profiles/company";
import { updateProfile } from "@/lib/profiles/profile-editor";
import { addMember, createNetwork } from "@/tests/factories";
import { createPerson, token } from "@/tests/profile-factories";
import { searchMembers } from "./service";
import { sureWordsSql, textSearchSettings } from "./text-sql";

// The DirectoryListing table is written by triggers only (migration directory_listing). After
// each kind of change a service makes, a person's row must be what the refresh function computes
// from scratch, and the directory must show the change. The rows' content itself is checked
// against the search on the source tables by listing-equivalence.int.test.ts.

interface ListingRow {
  name: string;
  headline: string | null;
  companyName: string | null;
  sector: string | null;
  countriesVisibility: string;
  networkIds: string[];
  countries: string[];
  languages: string[];
  tags: string[];
}

class RollBack extends Error {}

const stored = async (userId: string) =>
  (await getPrisma().$queryRaw<ListingRow[]>`SELECT * FROM "DirectoryListing" WHERE "userId" = ${userId}`)[0] ?? null;

/** The row as the refresh function computes it now, from scratch (in a transaction that is rolled back). */
async function recomputed(userId: string): Promise<ListingRow | null> {
  let row: ListingRow | null = null;
  await getPrisma()
    .$transaction(async (tx) => {
      await tx.$executeRaw`DELETE FROM "DirectoryListing" WHERE "userId" = ${userId}`;
      await tx.$executeRaw`SELECT directory_listing_refresh(ARRAY[${userId}])`;
      row = (await tx.$queryRaw<ListingRow[]>`SELECT * FROM "DirectoryListing" WHERE "userId" = ${userId}`)[0] ?? null;
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return row;
}

/** The stored row, after checking that it is in step. */
async function inStep(userId: string) {
  const row = await stored(userId);
  expect(row).toEqual(await recomputed(userId));
  return row;
}

const profileForm = { aboutVisibility: "MEMBERS", languagesVisibility: "MEMBERS", countriesVisibility: "MEMBERS", companyVisibility: "MEMBERS" };

async function twoNetworks() {
  const [home, other] = await Promise.all([createNetwork(), createNetwork()]);
  const viewer = await createPerson({ networks: [{ id: other.id }] });
  return { home, other, viewer };
}

describe("the directory listing stays in step", () => {
  it("with profile edits: about fields, languages, countries and visibility", async () => {
    const { home, viewer } = await twoNetworks();
    const tag = token();
    const person = await createPerson({ networks: [{ id: home.id }], languages: [{ code: "sv", level: "FLUENT" }] });
    expect((await inStep(person.id))?.tags).toEqual(expect.arrayContaining(["l:sv", "ll:sv:FLUENT", "o:false"]));

    await updateProfile({
      actorId: person.id,
      ...profileForm,
      headline: `Importer ${tag}`,
      openToIntroductions: "on",
      languages: [{ code: "vi", level: "NATIVE" }],
      countries: [{ country: "VN", relations: ["BORN", "HAS_CONTACTS"] }],
    });
    const row = await inStep(person.id);
    expect(row).toMatchObject({ headline: `Importer ${tag}`, countries: ["VN"], languages: ["vi"] });
    expect(row?.tags).toEqual(expect.arrayContaining(["c:VN", "cr:VN:BORN", "rr:BORN:HAS_CONTACTS", "ll:vi:NATIVE", "lv:NATIVE", "o:true"]));
    expect(row?.tags).not.toContain("l:sv");
    const found = await searchMembers({ actorId: viewer.id, q: tag, country: "VN", language: "vi" });
    expect(found.items.map((item) => item.id)).toEqual([person.id]);

    // Countries only for the person's own network: a member of another network no longer finds them by country.
    await updateProfile({ actorId: person.id, ...profileForm, countriesVisibility: "NETWORK", headline: `Importer ${tag}`, languages: [], countries: [{ country: "VN", relations: ["BORN"] }] });
    expect((await inStep(person.id))?.countriesVisibility).toBe("NETWORK");
    expect((await searchMembers({ actorId: viewer.id, q: tag, country: "VN" })).total).toBe(0);
    expect((await searchMembers({ actorId: viewer.id, q: tag })).facets.country).toEqual({});
  });

  it("with company changes", async () => {
    const { home, viewer } = await twoNetworks();
    const person = await createPerson({ networks: [{ id: home.id }] });
    const firm = `Firma ${token()} AB`;
    await updateCompany({ actorId: person.id, name: firm, orgNumber: "556016-0680", sniSection: "G", size: "MICRO", exporting: "yes", exportMarkets: ["VN"] });
    expect(await inStep(person.id)).toMatchObject({ companyName: firm, sector: "G", tags: expect.arrayContaining(["s:G", "e:true"]) });

    await updateCompany({ actorId: person.id, name: firm, orgNumber: "556016-0680", sniSection: "J", size: "MICRO", exporting: "no", exportMarkets: [] });
    expect(await inStep(person.id)).toMatchObject({ sector: "J", tags: expect.arrayContaining(["s:J", "e:false"]) });
    expect((await searchMembers({ actorId: viewer.id, q: firm, sector: "J" })).items.map((item) => item.id)).toEqual([person.id]);

    await removeCompany({ actorId: person.id });
    const row = await inStep(person.id);
    expect(row).toMatchObject({ companyName: null, sector: null });
    expect(row?.tags.filter((value) => value.startsWith("s:") || value.startsWith("e:"))).toEqual([]);
    expect((await searchMembers({ actorId: viewer.id, q: firm })).total).toBe(0);
  });

  it("with memberships: joining, leaving, being a facilitator, an archived network", async () => {
    const { home, other, viewer } = await twoNetworks();
    const tag = token();
    const person = await createPerson({ name: `Person ${tag}`, networks: [{ id: home.id }] });
    await addMember(other.id, person.id);
    expect((await inStep(person.id))?.tags).toEqual(expect.arrayContaining([`n:${home.id}`, `n:${other.id}`]));

    await leaveNetwork({ actorId: person.id, slug: home.slug });
    const row = await inStep(person.id);
    expect(row?.networkIds).toEqual([other.id]);
    expect(row?.tags).not.toContain(`n:${home.id}`);
    expect((await searchMembers({ actorId: viewer.id, q: tag, network: home.slug })).total).toBe(0);

    await leaveNetwork({ actorId: person.id, slug: other.slug });
    expect(await inStep(person.id)).toBeNull();
    expect((await searchMembers({ actorId: viewer.id, q: tag })).total).toBe(0);

    // A facilitator is not listed; a member firm of an archived network only is listed again once it is active.
    await addMember(home.id, person.id, "FACILITATOR");
    expect(await inStep(person.id)).toBeNull();
    await getPrisma().membership.update({ where: { userId_networkId: { userId: person.id, networkId: home.id } }, data: { role: "MEMBER" } });
    expect(await inStep(person.id)).not.toBeNull();
    await getPrisma().network.update({ where: { id: home.id }, data: { status: "ARCHIVED" } });
    expect(await inStep(person.id)).toBeNull();
    await getPrisma().network.update({ where: { id: home.id }, data: { status: "ACTIVE" } });
    expect((await inStep(person.id))?.tags).toContain(`n:${home.id}`);
    // The page shows the networks by slug.
    const slug = `renamed-${token()}`;
    await getPrisma().network.update({ where: { id: home.id }, data: { slug } });
    expect((await searchMembers({ actorId: viewer.id, q: tag })).items[0]?.networks).toEqual([slug]);
    await inStep(person.id);
  });

  it("with account changes: a new name, removal and deletion", async () => {
    const { home, viewer } = await twoNetworks();
    const tag = token();
    const person = await createPerson({ name: `Before ${tag}`, networks: [{ id: home.id }], countries: [{ country: "SO", relations: ["BORN"] }] });
    await getPrisma().user.update({ where: { id: person.id }, data: { name: `After ${tag}` } });
    expect((await inStep(person.id))?.name).toBe(`After ${tag}`);
    expect((await searchMembers({ actorId: viewer.id, q: tag })).items.map((item) => item.name)).toEqual([`After ${tag}`]);

    await getPrisma().user.update({ where: { id: person.id }, data: { status: "REMOVED" } });
    expect(await inStep(person.id)).toBeNull();
    await getPrisma().user.update({ where: { id: person.id }, data: { status: "ACTIVE" } });
    expect(await inStep(person.id)).not.toBeNull();

    // Deletion as the design describes it: the account row stays, marked DELETED, with the profile erased.
    await getPrisma().$transaction([
      getPrisma().user.update({ where: { id: person.id }, data: { status: "DELETED", name: "Deleted member" } }),
      getPrisma().profile.deleteMany({ where: { userId: person.id } }),
      getPrisma().countryKnowledge.deleteMany({ where: { userId: person.id } }),
    ]);
    expect(await inStep(person.id)).toBeNull();
    expect((await searchMembers({ actorId: viewer.id, q: tag })).total).toBe(0);

    // A user row deleted outright takes its memberships, and so its listing, with it.
    const gone = await createPerson({ networks: [{ id: home.id }] });
    expect(await stored(gone.id)).not.toBeNull();
    await getPrisma().user.delete({ where: { id: gone.id } });
    expect(await stored(gone.id)).toBeNull();
  });

  it("when two transactions change different parts of one person at the same time", async () => {
    const { home } = await twoNetworks();
    const person = await createPerson({ networks: [{ id: home.id }], languages: [{ code: "sv", level: "FLUENT" }] });
    const db = getPrisma();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let changed = () => {};
    const languagesChanged = new Promise<void>((resolve) => (changed = resolve));
    // The first adds a language and stays open; the second adds a company meanwhile and must wait for it.
    const first = db.$transaction(async (tx) => {
      await tx.userLanguage.create({ data: { userId: person.id, code: "ar", level: "NATIVE" } });
      changed();
      await held;
    });
    await languagesChanged;
    const second = db.company.create({ data: { ownerId: person.id, name: `Firma ${token()} AB`, orgNumber: "556036-0793", sniSection: "H", size: "MICRO" } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await Promise.all([first, second]);
    const row = await inStep(person.id);
    expect(row?.languages).toEqual(["ar", "sv"]);
    expect(row?.sector).toBe("H");
  });
});

describe("the directory's facet counts", () => {
  it("are compacted to one row per key now and then, dropping keys that sum to nothing", async () => {
    const db = getPrisma();
    const key = token();
    // Changes that cancel out, as many as a busy directory appends between two compactions. They sum to 0, so no
    // search (in this or another test file) ever shows the made-up key.
    await db.$executeRaw`INSERT INTO "DirectoryFacetCount" ("facet", "key", "n") SELECT 'country', ${key}, CASE WHEN i % 2 = 0 THEN 1 ELSE -1 END FROM generate_series(1, 2002) i`;
    const rowsOf = async () => (await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "DirectoryFacetCount" WHERE "key" = ${key}`)[0]!.n;
    expect(await rowsOf()).toBe(2002n);

    const network = await createNetwork();
    const person = await createPerson({ networks: [{ id: network.id }], countries: [{ country: "SO", relations: ["BORN"] }] });
    expect(await rowsOf()).toBe(0n);
    // The change that set the compaction off is counted.
    const counted = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "DirectoryFacetCount" WHERE "facet" = 'country' AND "key" = 'SO'`;
    expect(counted[0]!.n).toBeGreaterThan(0n);
    expect((await searchMembers({ actorId: person.id, country: "SO" })).facets.country.SO).toBeGreaterThan(0);
  });
});

describe("the bio's words", () => {
  it("prove a match only where pg_trgm's word similarity finds one", async () => {
    const network = await createNetwork();
    const tag = token();
    const bios = [
      "Born in Aleppo, now in Umeå.",
      "ALEPPO-born; trades with Saigon",
      "Café owner from xÅleppo and Sài Gòn",
      "Aleppo’s finest spices",
      "Al eppo is not a word here",
      "aleppo2 and aleppo_3 and 3aleppo",
      "Tab\tseparated\nAleppo\u00a0Saigon",
    ];
    const people = await Promise.all(bios.map((bio) => createPerson({ name: `Bio ${tag}`, bio: `${bio} ${tag}`, networks: [{ id: network.id }] })));
    const ids = people.map((person) => person.id);
    const db = getPrisma();
    for (const q of ["Aleppo", "aleppo", "Saigon Spce", "born aleppo", "Aleppo2", "aleppo_3", "Cafe", "Sài Gòn", "Gon", "eppo", "finest spices xyz"]) {
      const rows = (await db.$transaction([
        ...textSearchSettings().map((sql) => db.$executeRaw(sql)),
        db.$queryRaw<{ id: string; sure: boolean; similar: boolean }[]>`
          SELECT "userId" AS id, "bioWords" && ${sureWordsSql(q)} AS sure, ${q} <% "bio" AS similar FROM "DirectoryListing" WHERE "userId" = ANY(${ids})`,
      ])).at(-1) as { id: string; sure: boolean; similar: boolean }[];
      expect(rows, q).toHaveLength(bios.length);
      for (const row of rows) if (row.sure) expect(row.similar, `${q} in ${bios[ids.indexOf(row.id)]}`).toBe(true);
      if (q === "Aleppo") expect(rows.filter((row) => row.sure).length).toBeGreaterThanOrEqual(2);
    }
  });
});
