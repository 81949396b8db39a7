import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories";
import { getProfileEditor, updateProfile } from "./profile-editor";

const visibilities = { aboutVisibility: "PUBLIC", languagesVisibility: "MEMBERS", countriesVisibility: "NETWORK", companyVisibility: "MEMBERS" };

const fullProfile = {
  ...visibilities,
  headline: "Founder, Andes Digital AB",
  bio: "Born in Valparaíso.\nIn Sweden since 2015.",
  city: "Umeå",
  countryOfBirth: "cl",
  openToIntroductions: "on",
  languages: [
    { code: "es", level: "NATIVE" },
    { code: "sv", level: "PROFESSIONAL" },
  ],
  countries: [
    { country: "CL", relations: ["BORN", "LIVED"], years: "27", areas: ["BUSINESS_CULTURE", "LANGUAGE"], note: "Knows how public tenders work in Chile" },
    { country: "AR", relations: "WORKED", years: "", areas: [], note: "" },
    { country: "ES", relations: ["DID_BUSINESS", "EXPORTS_TO"], years: "4" },
  ],
};

/** Everything updateProfile may write for one person. */
async function stored(userId: string) {
  const db = getPrisma();
  const [profile, languages, countries] = await Promise.all([
    db.profile.findUnique({ where: { userId }, omit: { updatedAt: true } }),
    db.userLanguage.findMany({ where: { userId }, orderBy: { code: "asc" } }),
    db.countryKnowledge.findMany({ where: { userId }, orderBy: { country: "asc" }, omit: { id: true } }),
  ]);
  return { profile, languages, countries };
}

describe("updateProfile", () => {
  it("stores the about fields, the visibilities and both lists", async () => {
    const user = await createUser();
    await updateProfile({ actorId: user.id, ...fullProfile });
    const editor = await getProfileEditor({ actorId: user.id });
    expect(editor).toMatchObject({
      headline: "Founder, Andes Digital AB",
      bio: "Born in Valparaíso.\nIn Sweden since 2015.",
      city: "Umeå",
      countryOfBirth: "CL",
      openToIntroductions: true,
      visibility: { about: "PUBLIC", languages: "MEMBERS", countries: "NETWORK", company: "MEMBERS" },
      photoVersion: null,
    });
    expect(editor.languages).toHaveLength(2);
    expect(editor.countries).toEqual([
      { country: "CL", relations: ["BORN", "LIVED"], years: 27, areas: ["BUSINESS_CULTURE", "LANGUAGE"], note: "Knows how public tenders work in Chile" },
      { country: "AR", relations: ["WORKED"], years: null, areas: [], note: null },
      { country: "ES", relations: ["DID_BUSINESS", "EXPORTS_TO"], years: 4, areas: [], note: null },
    ]);
  });

  it("replaces the lists on the next save and clears emptied fields", async () => {
    const user = await createUser();
    await updateProfile({ actorId: user.id, ...fullProfile });
    await updateProfile({
      actorId: user.id,
      ...visibilities,
      headline: "",
      languages: [{ code: "en", level: "FLUENT" }],
      countries: [{ country: "DE", relations: ["HAS_CONTACTS"] }],
    });
    const { profile, languages, countries } = await stored(user.id);
    expect(profile).toMatchObject({ headline: null, bio: null, city: null, countryOfBirth: null, openToIntroductions: false });
    expect(languages).toEqual([{ userId: user.id, code: "en", level: "FLUENT" }]);
    expect(countries).toEqual([{ userId: user.id, country: "DE", relations: ["HAS_CONTACTS"], years: null, areas: [], note: null }]);
  });

  it("gives a person without a profile the defaults", async () => {
    const user = await createUser();
    expect(await getProfileEditor({ actorId: user.id })).toMatchObject({
      headline: "",
      countryOfBirth: "",
      openToIntroductions: false,
      visibility: { about: "MEMBERS", languages: "MEMBERS", countries: "MEMBERS", company: "MEMBERS" },
      languages: [],
      countries: [],
    });
  });

  const refusals: [string, Record<string, unknown>, Record<string, string[]>][] = [
    ["unknown codes", { countryOfBirth: "XX", languages: [{ code: "xx", level: "FLUENT" }], countries: [{ country: "QQ", relations: ["LIVED"] }] }, {
      countryOfBirth: ["validation.unknownCountry"],
      "languages.0.code": ["validation.unknownLanguage"],
      "countries.0.country": ["validation.unknownCountry"],
    }],
    ["markup in text", { headline: "<script>alert('x')</script>", bio: "Hello <img src=x onerror=alert(1)>" }, { headline: ["validation.noMarkup"], bio: ["validation.noMarkup"] }],
    ["duplicates", { languages: [{ code: "sv", level: "NATIVE" }, { code: "sv", level: "BASIC" }], countries: [{ country: "DE", relations: ["LIVED"] }, { country: "DE", relations: ["WORKED"] }] }, {
      "languages.1.code": ["validation.duplicateLanguage"],
      "countries.1.country": ["validation.duplicateCountry"],
    }],
    ["too many entries", {
      languages: ["sv", "en", "de", "fr", "es", "it", "pt", "nl", "da", "no", "fi", "pl", "ru", "ar", "fa", "tr", "zh", "ja", "ko", "hi", "ur"].map((code) => ({ code, level: "BASIC" })),
    }, { languages: ["validation.tooManyLanguages"] }],
    ["a country without a relation and years out of range", { countries: [{ country: "DE", relations: [], years: "81" }] }, {
      "countries.0.relations": ["validation.chooseRelation"],
      "countries.0.years": ["validation.yearsRange"],
    }],
  ];

  it.each(refusals)("refuses %s with field errors and stores nothing", async (_label, change, fieldErrors) => {
    const user = await createUser();
    await updateProfile({ actorId: user.id, ...fullProfile });
    const before = await stored(user.id);
    await expect(updateProfile({ actorId: user.id, ...fullProfile, ...change })).rejects.toMatchObject({ code: "INVALID", messageKey: "invalidInput", fieldErrors });
    expect(await stored(user.id)).toEqual(before);
  });

  it("refuses 31 countries and keeps the 30 already saved", async () => {
    const user = await createUser();
    const codes = ["AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CF"];
    await updateProfile({ actorId: user.id, ...visibilities, countries: codes.slice(0, 30).map((country) => ({ country, relations: ["HAS_CONTACTS"] })) });
    await expect(updateProfile({ actorId: user.id, ...visibilities, countries: codes.map((country) => ({ country, relations: ["HAS_CONTACTS"] })) })).rejects.toMatchObject({
      fieldErrors: { countries: ["validation.tooManyCountries"] },
    });
    expect((await stored(user.id)).countries).toHaveLength(30);
  });

  it("never mixes the lists of two saves made at the same time", async () => {
    const user = await createUser();
    await updateProfile({ actorId: user.id, ...fullProfile });
    const saves = [
      { languages: ["sv", "en"], countries: ["DE", "FR"] },
      { languages: ["ar", "fr", "de"], countries: ["SY"] },
      { languages: ["fi"], countries: ["NO", "DK", "IS"] },
      { languages: ["pl", "ru"], countries: ["UA", "BY"] },
    ];
    await Promise.all(
      saves.map((save) =>
        updateProfile({
          actorId: user.id,
          ...visibilities,
          languages: save.languages.map((code) => ({ code, level: "FLUENT" })),
          countries: save.countries.map((country) => ({ country, relations: ["WORKED"] })),
        }),
      ),
    );
    const { languages, countries } = await stored(user.id);
    const result = { languages: languages.map((row) => row.code).sort(), countries: countries.map((row) => row.country).sort() };
    expect(saves.map((save) => ({ languages: [...save.languages].sort(), countries: [...save.countries].sort() }))).toContainEqual(result);
  });
});
