import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories";
import { getCompanyEditor, removeCompany, updateCompany } from "./company";

const company = {
  name: "Andes Digital AB",
  orgNumber: "556016-0680",
  sniSection: "J",
  size: "MICRO",
  website: "https://andes.example.se",
  exporting: "yes",
  exportMarkets: ["CL", "ES"],
};

const storedCompany = (ownerId: string) => getPrisma().company.findUnique({ where: { ownerId }, omit: { id: true } });

describe("updateCompany", () => {
  it("creates the company and then replaces it", async () => {
    const user = await createUser();
    expect(await getCompanyEditor({ actorId: user.id })).toBeNull();
    await updateCompany({ actorId: user.id, ...company });
    expect(await getCompanyEditor({ actorId: user.id })).toEqual({ ...company, exporting: true });

    await updateCompany({ actorId: user.id, ...company, name: "Andes Digital Sverige AB", orgNumber: "5560427220", website: "", exporting: "no", exportMarkets: [] });
    expect(await storedCompany(user.id)).toEqual({
      ownerId: user.id,
      name: "Andes Digital Sverige AB",
      orgNumber: "556042-7220",
      sniSection: "J",
      size: "MICRO",
      website: null,
      exporting: false,
      exportMarkets: [],
    });
    expect(await getPrisma().company.count({ where: { ownerId: user.id } })).toBe(1);
  });

  it("allows two people to give the same organisation number", async () => {
    const [one, two] = await Promise.all([createUser(), createUser()]);
    await updateCompany({ actorId: one.id, ...company });
    await updateCompany({ actorId: two.id, ...company });
    expect((await storedCompany(two.id))?.orgNumber).toBe("556016-0680");
  });

  const refusals: [string, Record<string, unknown>, Record<string, string[]>][] = [
    ["a malformed organisation number", { orgNumber: "556016-068" }, { orgNumber: ["validation.orgNumber"] }],
    ["a wrong check digit", { orgNumber: "556016-0681" }, { orgNumber: ["validation.orgNumber"] }],
    ["markup in the name", { name: "Andes <script>alert(1)</script>" }, { name: ["validation.noMarkup"] }],
    ["an http website", { website: "http://andes.example.se" }, { website: ["validation.website"] }],
    ["an unknown sector and size", { sniSection: "Z", size: "GIANT" }, { sniSection: ["validation.chooseSector"], size: ["validation.chooseSize"] }],
    ["an unknown export market", { exportMarkets: ["CL", "ZZ"] }, { "exportMarkets.1": ["validation.unknownCountry"] }],
    [
      "31 export markets",
      { exportMarkets: ["AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CF"] },
      { exportMarkets: ["validation.tooManyMarkets"] },
    ],
    ["markets without exporting", { exporting: "no" }, { exportMarkets: ["validation.marketsNeedExporting"] }],
  ];

  it.each(refusals)("refuses %s and keeps what was stored", async (_label, change, fieldErrors) => {
    const user = await createUser();
    await updateCompany({ actorId: user.id, ...company });
    const before = await storedCompany(user.id);
    await expect(updateCompany({ actorId: user.id, ...company, ...change })).rejects.toMatchObject({ code: "INVALID", fieldErrors });
    expect(await storedCompany(user.id)).toEqual(before);
  });

  it("stores nothing for a refused first company", async () => {
    const user = await createUser();
    await expect(updateCompany({ actorId: user.id, ...company, orgNumber: "abc" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await storedCompany(user.id)).toBeNull();
  });
});

describe("removeCompany", () => {
  it("removes only the actor's company", async () => {
    const [one, two] = await Promise.all([createUser(), createUser()]);
    await updateCompany({ actorId: one.id, ...company });
    await updateCompany({ actorId: two.id, ...company });
    await removeCompany({ actorId: one.id });
    expect(await storedCompany(one.id)).toBeNull();
    expect(await storedCompany(two.id)).not.toBeNull();
  });
});
