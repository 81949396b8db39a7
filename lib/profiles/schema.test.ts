import { describe, expect, it } from "vitest";
import { AppError, parseInput } from "@/lib/errors";
import { companySchema, countryKnowledgeRowSchema, photoUploadSchema, profileSchema } from "./schema";

const visibilities = { aboutVisibility: "PUBLIC", languagesVisibility: "MEMBERS", countriesVisibility: "NETWORK", companyVisibility: "MEMBERS" };

/** The field errors parseInput would hand back to the form, or null when the input is valid. */
function fieldErrors(schema: Parameters<typeof parseInput>[0], input: unknown) {
  try {
    parseInput(schema, input);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors;
    throw error;
  }
}

const country = (code: string, extra: Record<string, unknown> = {}) => ({ country: code, relations: ["LIVED"], ...extra });

describe("profileSchema", () => {
  it("accepts a full profile and normalises codes, checkboxes and blanks", () => {
    const parsed = profileSchema.parse({
      ...visibilities,
      headline: "  Founder, Andes Digital AB ",
      bio: "Line one\r\nLine two",
      city: "",
      countryOfBirth: "cl",
      openToIntroductions: "on",
      languages: [{ code: "ES", level: "NATIVE" }, { code: "sv", level: "PROFESSIONAL" }],
      countries: [{ country: "cl", relations: ["BORN", "LIVED", "BORN"], years: "27", areas: "BUSINESS_CULTURE", note: "" }, country("AR", { years: "" })],
    });
    expect(parsed).toEqual({
      ...visibilities,
      headline: "Founder, Andes Digital AB",
      bio: "Line one\nLine two",
      city: undefined,
      countryOfBirth: "CL",
      openToIntroductions: true,
      languages: [{ code: "es", level: "NATIVE" }, { code: "sv", level: "PROFESSIONAL" }],
      countries: [
        { country: "CL", relations: ["BORN", "LIVED"], years: 27, areas: ["BUSINESS_CULTURE"], note: undefined },
        { country: "AR", relations: ["LIVED"], years: undefined, areas: [], note: undefined },
      ],
    });
  });

  it("treats a missing checkbox as no and missing lists as empty", () => {
    const parsed = profileSchema.parse(visibilities);
    expect(parsed).toMatchObject({ openToIntroductions: false, languages: [], countries: [] });
    expect(parsed.countryOfBirth).toBeUndefined();
  });

  it("rejects unknown country and language codes", () => {
    expect(
      fieldErrors(profileSchema, { ...visibilities, countryOfBirth: "XX", languages: [{ code: "qq", level: "FLUENT" }, { code: "english", level: "FLUENT" }], countries: [country("ZZ"), country("")] }),
    ).toEqual({
      countryOfBirth: ["validation.unknownCountry"],
      "languages.0.code": ["validation.unknownLanguage"],
      "languages.1.code": ["validation.unknownLanguage"],
      "countries.0.country": ["validation.unknownCountry"],
      "countries.1.country": ["validation.unknownCountry"],
    });
  });

  it("rejects markup, overlong text and unknown visibilities", () => {
    expect(
      fieldErrors(profileSchema, { ...visibilities, headline: "<script>alert(1)</script>", bio: "x".repeat(2001), city: "a > b", aboutVisibility: "EVERYONE", countries: [country("DE", { note: "<b>hi</b>" })] }),
    ).toEqual({
      headline: ["validation.noMarkup"],
      bio: ["validation.tooLong"],
      city: ["validation.noMarkup"],
      aboutVisibility: ["validation.invalid"],
      "countries.0.note": ["validation.noMarkup"],
    });
    expect(fieldErrors(profileSchema, { ...visibilities, headline: "x".repeat(121) })).toEqual({ headline: ["validation.tooLong"] });
    expect(fieldErrors(profileSchema, { ...visibilities, headline: "x".repeat(120), bio: "y".repeat(2000) })).toBeNull();
  });

  it("reports a duplicate on the row that repeats it", () => {
    expect(
      fieldErrors(profileSchema, {
        ...visibilities,
        languages: [{ code: "sv", level: "NATIVE" }, { code: "en", level: "FLUENT" }, { code: "SV", level: "BASIC" }],
        countries: [country("DE"), country("de"), country("FR")],
      }),
    ).toEqual({ "languages.2.code": ["validation.duplicateLanguage"], "countries.1.country": ["validation.duplicateCountry"] });
  });

  it("allows at most 20 languages and 30 countries", () => {
    const codes = ["sv", "en", "de", "fr", "es", "it", "pt", "nl", "da", "no", "fi", "pl", "ru", "ar", "fa", "tr", "zh", "ja", "ko", "hi", "ur"];
    const languages = codes.map((code) => ({ code, level: "BASIC" }));
    expect(fieldErrors(profileSchema, { ...visibilities, languages: languages.slice(0, 20) })).toBeNull();
    expect(fieldErrors(profileSchema, { ...visibilities, languages })).toEqual({ languages: ["validation.tooManyLanguages"] });

    const countries = ["AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CF"].map((code) => country(code));
    expect(fieldErrors(profileSchema, { ...visibilities, countries: countries.slice(0, 30) })).toBeNull();
    expect(fieldErrors(profileSchema, { ...visibilities, countries })).toEqual({ countries: ["validation.tooManyCountries"] });
  });

  it("needs a level for every language", () => {
    expect(fieldErrors(profileSchema, { ...visibilities, languages: [{ code: "sv" }, { code: "en", level: "EXPERT" }] })).toEqual({
      "languages.0.level": ["validation.chooseLevel"],
      "languages.1.level": ["validation.chooseLevel"],
    });
  });
});

describe("countryKnowledgeRowSchema", () => {
  it("needs at least one relation and known relations and areas", () => {
    expect(fieldErrors(countryKnowledgeRowSchema, { country: "DE" })).toEqual({ relations: ["validation.chooseRelation"] });
    expect(fieldErrors(countryKnowledgeRowSchema, { country: "DE", relations: ["BELIEVES"], areas: ["OPINIONS"] })).toEqual({
      "relations.0": ["validation.invalid"],
      "areas.0": ["validation.invalid"],
    });
  });

  it("takes years from 0 to 80 as whole numbers", () => {
    expect(countryKnowledgeRowSchema.parse(country("DE", { years: "0" })).years).toBe(0);
    expect(countryKnowledgeRowSchema.parse(country("DE", { years: 80 })).years).toBe(80);
    expect(fieldErrors(countryKnowledgeRowSchema, country("DE", { years: "81" }))).toEqual({ years: ["validation.yearsRange"] });
    expect(fieldErrors(countryKnowledgeRowSchema, country("DE", { years: "-1" }))).toEqual({ years: ["validation.yearsRange"] });
    expect(fieldErrors(countryKnowledgeRowSchema, country("DE", { years: "2.5" }))).toEqual({ years: ["validation.number"] });
    expect(fieldErrors(countryKnowledgeRowSchema, country("DE", { years: "many" }))).toEqual({ years: ["validation.number"] });
  });

  it("limits the note to 280 characters", () => {
    expect(fieldErrors(countryKnowledgeRowSchema, country("DE", { note: "n".repeat(280) }))).toBeNull();
    expect(fieldErrors(countryKnowledgeRowSchema, country("DE", { note: "n".repeat(281) }))).toEqual({ note: ["validation.tooLong"] });
  });
});

describe("companySchema", () => {
  const company = { name: "Andes Digital AB", orgNumber: "556016-0680", sniSection: "J", size: "MICRO", website: "https://andes.example.se", exporting: "yes", exportMarkets: ["CL", "es"] };

  it("accepts a company and normalises its fields", () => {
    expect(companySchema.parse(company)).toEqual({ ...company, exporting: true, exportMarkets: ["CL", "ES"] });
    expect(companySchema.parse({ ...company, orgNumber: "5560160680", website: "andes.example.se", exporting: "no", exportMarkets: undefined })).toMatchObject({
      orgNumber: "556016-0680",
      website: "https://andes.example.se",
      exporting: false,
      exportMarkets: [],
    });
    expect(companySchema.parse({ ...company, website: "" }).website).toBeUndefined();
  });

  it("rejects malformed or Luhn-invalid organisation numbers", () => {
    for (const orgNumber of ["556016-0681", "55601-60680", "abc", "556016 0680"]) {
      expect(fieldErrors(companySchema, { ...company, orgNumber }), orgNumber).toEqual({ orgNumber: ["validation.orgNumber"] });
    }
    expect(fieldErrors(companySchema, { ...company, orgNumber: "" })).toEqual({ orgNumber: ["validation.required"] });
  });

  it("takes only https websites", () => {
    for (const website of ["http://andes.example.se", "javascript:alert(1)", "ftp://andes.example.se", "https://", "https://not a host", "https://user:pw@andes.example.se", "https://localhost"]) {
      expect(fieldErrors(companySchema, { ...company, website }), website).toEqual({ website: ["validation.website"] });
    }
  });

  it("rejects unknown sections, sizes and markets, markup and too many markets", () => {
    expect(fieldErrors(companySchema, { ...company, name: "<script>x</script>", sniSection: "V", size: "HUGE", exportMarkets: ["CL", "XX"] })).toEqual({
      name: ["validation.noMarkup"],
      sniSection: ["validation.chooseSector"],
      size: ["validation.chooseSize"],
      "exportMarkets.1": ["validation.unknownCountry"],
    });
    const markets = ["AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CF"];
    expect(fieldErrors(companySchema, { ...company, exportMarkets: markets.slice(0, 30) })).toBeNull();
    expect(fieldErrors(companySchema, { ...company, exportMarkets: markets })).toEqual({ exportMarkets: ["validation.tooManyMarkets"] });
  });

  it("wants export markets only for an exporting company", () => {
    expect(fieldErrors(companySchema, { ...company, exporting: "no" })).toEqual({ exportMarkets: ["validation.marketsNeedExporting"] });
    expect(fieldErrors(companySchema, { ...company, exporting: undefined })).toEqual({ exporting: ["validation.required"] });
  });
});

describe("photoUploadSchema", () => {
  it("needs a non-empty file of at most 5 MB", () => {
    expect(fieldErrors(photoUploadSchema, { photo: new Blob([new Uint8Array(10)]) })).toBeNull();
    expect(fieldErrors(photoUploadSchema, { photo: new Blob([]) })).toEqual({ photo: ["validation.photoRequired"] });
    expect(fieldErrors(photoUploadSchema, { photo: "photo.jpg" })).toEqual({ photo: ["validation.photoRequired"] });
    expect(fieldErrors(photoUploadSchema, { photo: new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]) })).toEqual({ photo: ["validation.photoTooLarge"] });
  });
});
