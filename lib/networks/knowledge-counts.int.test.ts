import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { addMember, createNetwork, createUser } from "@/tests/factories";
import { createKnower } from "@/tests/introduction-factories";
import { networkCountryCounts, networkLanguageCounts } from "./knowledge-counts";

/**
 * A network whose members show their countries to different audiences:
 * public (VN, DE), members of any network (VN), this network only (VN, SE), and a
 * profile-less member (defaults to MEMBERS; DE). Plus a facilitator and someone from
 * another network, whose countries never count here.
 */
async function networkWithVisibilities() {
  const network = await createNetwork();
  const publicOne = await createKnower({ networkId: network.id, visibility: "PUBLIC", countries: ["VN", "DE"] });
  await createKnower({ networkId: network.id, visibility: "MEMBERS", countries: ["VN"] });
  await createKnower({ networkId: network.id, visibility: "NETWORK", countries: ["VN", "SE"] });
  const noProfile = await createUser();
  await addMember(network.id, noProfile.id);
  await getPrisma().countryKnowledge.create({ data: { userId: noProfile.id, country: "DE", relations: ["WORKED"] } });
  const facilitator = await createKnower({ visibility: "PUBLIC", countries: ["NO"] });
  await addMember(network.id, facilitator.id, "FACILITATOR");
  await createKnower({ networkId: (await createNetwork()).id, visibility: "PUBLIC", countries: ["FI"] });
  return { network, publicOne };
}

describe("networkCountryCounts", () => {
  it("counts for a visitor only the members who show their countries publicly", async () => {
    const { network } = await networkWithVisibilities();
    expect(await networkCountryCounts({ networkId: network.id, actorId: null })).toEqual([
      { country: "DE", count: 1 },
      { country: "VN", count: 1 },
    ]);
  });

  it("adds MEMBERS-visible people for a member of another network, and everyone for a member of this one", async () => {
    const { network } = await networkWithVisibilities();
    const otherMember = await createUser();
    await addMember((await createNetwork()).id, otherMember.id);
    expect(await networkCountryCounts({ networkId: network.id, actorId: otherMember.id })).toEqual([
      { country: "DE", count: 2 },
      { country: "VN", count: 2 },
    ]);
    const insider = await createUser();
    await addMember(network.id, insider.id);
    expect(await networkCountryCounts({ networkId: network.id, actorId: insider.id })).toEqual([
      { country: "VN", count: 3 },
      { country: "DE", count: 2 },
      { country: "SE", count: 1 },
    ]);
  });

  it("treats a signed-in person in no network like a visitor, and leaves out removed accounts", async () => {
    const { network, publicOne } = await networkWithVisibilities();
    const loner = await createUser();
    expect(await networkCountryCounts({ networkId: network.id, actorId: loner.id })).toEqual(await networkCountryCounts({ networkId: network.id, actorId: null }));
    await getPrisma().user.update({ where: { id: publicOne.id }, data: { status: "REMOVED" } });
    expect(await networkCountryCounts({ networkId: network.id, actorId: null })).toEqual([]);
  });

  it("shows people their own countries whatever their visibility", async () => {
    const network = await createNetwork();
    const self = await createKnower({ networkId: network.id, visibility: "NETWORK", countries: ["KE"] });
    // Their NETWORK-only countries, seen by themself (the isSelf branch of the rule).
    expect(await networkCountryCounts({ networkId: network.id, actorId: self.id })).toEqual([{ country: "KE", count: 1 }]);
  });
});

describe("networkLanguageCounts", () => {
  it("counts languages only of people whose languages section the viewer may see", async () => {
    const network = await createNetwork();
    const db = getPrisma();
    const speakers = await Promise.all(
      (["PUBLIC", "MEMBERS", "NETWORK"] as const).map(async (visibility) => {
        const user = await createUser();
        await addMember(network.id, user.id);
        await db.profile.create({ data: { userId: user.id, languagesVisibility: visibility } });
        await db.userLanguage.create({ data: { userId: user.id, code: "is", level: "NATIVE" } });
        return user;
      }),
    );
    const otherMember = await createUser();
    await addMember((await createNetwork()).id, otherMember.id);

    expect(await networkLanguageCounts({ networkId: network.id, actorId: null })).toEqual([{ code: "is", count: 1 }]);
    expect(await networkLanguageCounts({ networkId: network.id, actorId: otherMember.id })).toEqual([{ code: "is", count: 2 }]);
    expect(await networkLanguageCounts({ networkId: network.id, actorId: speakers[0]!.id })).toEqual([{ code: "is", count: 3 }]);
  });
});
