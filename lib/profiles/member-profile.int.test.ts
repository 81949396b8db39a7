import { describe, expect, it } from "vitest";
import type { Visibility } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { addMember, createNetwork, createUser } from "@/tests/factories";
import { updateCompany } from "./company";
import { getMemberProfile } from "./member-profile";
import { updateProfile } from "./profile-editor";

type Sections = { about: Visibility; languages: Visibility; countries: Visibility; company: Visibility };

/** A member of a network with a full profile and company, and people standing in every relation to them. */
async function scenario(visibility: Sections) {
  const network = await createNetwork();
  const owner = await createUser({ name: "Amira Haddad" });
  await addMember(network.id, owner.id, "ORGANISER");
  await updateProfile({
    actorId: owner.id,
    aboutVisibility: visibility.about,
    languagesVisibility: visibility.languages,
    countriesVisibility: visibility.countries,
    companyVisibility: visibility.company,
    headline: "CEO, Nordic Levant Trading AB",
    bio: "Grew up in Aleppo.",
    city: "Umeå",
    countryOfBirth: "SY",
    openToIntroductions: true,
    languages: [
      { code: "sv", level: "FLUENT" },
      { code: "ar", level: "NATIVE" },
      { code: "fr", level: "BASIC" },
    ],
    countries: [{ country: "SY", relations: ["BORN", "LIVED"], years: 24, areas: ["BUSINESS_CULTURE"], note: "Knows the trade fairs in the region" }],
  });
  await updateCompany({ actorId: owner.id, name: "Nordic Levant Trading AB", orgNumber: "556016-0680", sniSection: "G", size: "SMALL", exporting: "yes", exportMarkets: ["LB"] });
  const [sameNetwork, otherMember, facilitatorElsewhere, noNetwork] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
  await addMember(network.id, sameNetwork.id);
  const other = await createNetwork();
  await addMember(other.id, otherMember.id);
  await addMember(other.id, facilitatorElsewhere.id, "FACILITATOR");
  return { owner, network, viewers: { self: owner.id, sameNetwork: sameNetwork.id, otherMember: otherMember.id, facilitatorElsewhere: facilitatorElsewhere.id, noNetwork: noNetwork.id, visitor: null } };
}

/** Which sections each viewer gets, or "404". */
async function seen(ownerId: string, viewers: Record<string, string | null>) {
  const result: Record<string, string> = {};
  for (const [label, actorId] of Object.entries(viewers)) {
    try {
      const profile = await getMemberProfile({ actorId, memberId: ownerId });
      result[label] = (["about", "languages", "countries", "company"] as const).filter((section) => profile[section] !== null).join(",");
    } catch (error) {
      if ((error as { code?: string }).code !== "NOT_FOUND") throw error;
      result[label] = "404";
    }
  }
  return result;
}

describe("getMemberProfile", () => {
  it("shows each section only to those its visibility allows", async () => {
    const { owner, viewers } = await scenario({ about: "PUBLIC", languages: "MEMBERS", countries: "NETWORK", company: "MEMBERS" });
    expect(await seen(owner.id, viewers)).toEqual({
      self: "about,languages,countries,company",
      sameNetwork: "about,languages,countries,company",
      otherMember: "about,languages,company",
      facilitatorElsewhere: "about,languages,company",
      noNetwork: "about",
      visitor: "about",
    });
  });

  it("is a 404 for whoever may see nothing at all", async () => {
    const { owner, viewers } = await scenario({ about: "NETWORK", languages: "MEMBERS", countries: "NETWORK", company: "NETWORK" });
    expect(await seen(owner.id, viewers)).toEqual({
      self: "about,languages,countries,company",
      sameNetwork: "about,languages,countries,company",
      otherMember: "languages",
      facilitatorElsewhere: "languages",
      noNetwork: "404",
      visitor: "404",
    });
  });

  it("lets a visitor see a profile whose only public section is not about", async () => {
    const { owner, viewers } = await scenario({ about: "MEMBERS", languages: "MEMBERS", countries: "PUBLIC", company: "NETWORK" });
    expect((await seen(owner.id, viewers)).visitor).toBe("countries");
  });

  it("returns the visible sections' content, languages strongest first", async () => {
    const { owner, viewers } = await scenario({ about: "PUBLIC", languages: "PUBLIC", countries: "PUBLIC", company: "PUBLIC" });
    const profile = await getMemberProfile({ actorId: viewers.otherMember, memberId: owner.id });
    expect(profile).toEqual({
      id: owner.id,
      name: "Amira Haddad",
      isSelf: false,
      visibility: null,
      photoVersion: null,
      about: { headline: "CEO, Nordic Levant Trading AB", bio: "Grew up in Aleppo.", city: "Umeå", countryOfBirth: "SY", openToIntroductions: true },
      languages: [
        { code: "ar", level: "NATIVE" },
        { code: "sv", level: "FLUENT" },
        { code: "fr", level: "BASIC" },
      ],
      countries: [{ country: "SY", relations: ["BORN", "LIVED"], years: 24, areas: ["BUSINESS_CULTURE"], note: "Knows the trade fairs in the region" }],
      company: { name: "Nordic Levant Trading AB", sniSection: "G", size: "SMALL", website: null, exporting: true, exportMarkets: ["LB"] },
    });
    // The owner also learns who may see each section.
    expect((await getMemberProfile({ actorId: owner.id, memberId: owner.id })).visibility).toEqual({ about: "PUBLIC", languages: "PUBLIC", countries: "PUBLIC", company: "PUBLIC" });
  });

  it("does not count an archived network as membership", async () => {
    const { owner } = await scenario({ about: "MEMBERS", languages: "MEMBERS", countries: "MEMBERS", company: "MEMBERS" });
    const archived = await createNetwork({ status: "ARCHIVED" });
    const viewer = await createUser();
    await addMember(archived.id, viewer.id);
    await expect(getMemberProfile({ actorId: viewer.id, memberId: owner.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("treats a person without a profile as all MEMBERS", async () => {
    const person = await createUser({ name: "No Profile" });
    const member = await createUser();
    await addMember((await createNetwork()).id, member.id);
    await expect(getMemberProfile({ actorId: null, memberId: person.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getMemberProfile({ actorId: member.id, memberId: person.id })).toMatchObject({
      name: "No Profile",
      about: { headline: null, bio: null, openToIntroductions: false },
      languages: [],
      countries: [],
      company: null,
    });
  });

  it("is a 404 for removed and deleted accounts and unknown ids", async () => {
    const { owner, viewers } = await scenario({ about: "PUBLIC", languages: "PUBLIC", countries: "PUBLIC", company: "PUBLIC" });
    await getPrisma().user.update({ where: { id: owner.id }, data: { status: "REMOVED" } });
    await expect(getMemberProfile({ actorId: viewers.sameNetwork, memberId: owner.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMemberProfile({ actorId: null, memberId: "no-such-person" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMemberProfile({ actorId: null, memberId: "" })).rejects.toMatchObject({ code: "INVALID" });
  });
});
