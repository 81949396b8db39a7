import { describe, expect, it } from "vitest";
import { AppError, parseInput } from "@/lib/errors";
import { directoryHref, directoryQuerySchema, searchParamsToInput } from "./schema";

function fieldErrors(input: unknown) {
  try {
    parseInput(directoryQuerySchema, input);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("accepted");
}

describe("directoryQuerySchema", () => {
  it("accepts every filter, normalising case", () => {
    expect(
      directoryQuerySchema.parse({
        country: "vn",
        relation: "did_business",
        language: "VI",
        minLevel: "fluent",
        sector: "g",
        network: "ovre-norrland",
        exporting: "true",
        open: "false",
        q: "  Saigon Spice ",
        page: "3",
      }),
    ).toEqual({ country: "VN", relation: "DID_BUSINESS", language: "vi", minLevel: "FLUENT", sector: "G", network: "ovre-norrland", exporting: true, open: false, q: "Saigon Spice", page: 3 });
  });

  it("treats absent and blank values as no filter and defaults to page 1", () => {
    const empty = { country: undefined, relation: undefined, language: undefined, minLevel: undefined, sector: undefined, network: undefined, exporting: undefined, open: undefined, q: undefined, page: 1 };
    expect(directoryQuerySchema.parse({})).toEqual(empty);
    expect(directoryQuerySchema.parse({ country: "", relation: "", language: " ", minLevel: "", sector: "", network: "", exporting: "", open: "", q: "  ", page: "" })).toEqual(empty);
  });

  it("takes numbers and booleans from code", () => {
    expect(directoryQuerySchema.parse({ page: 2, exporting: false })).toMatchObject({ page: 2, exporting: false });
  });

  it.each([
    ["country", "XX", "validation.countryCode"],
    ["country", "VNM", "validation.countryCode"],
    ["relation", "friend", "validation.relation"],
    ["language", "xx", "validation.languageCode"],
    ["language", "swe", "validation.languageCode"],
    ["minLevel", "expert", "validation.languageLevel"],
    ["sector", "V", "validation.sector"],
    ["sector", "AB", "validation.sector"],
    ["network", "Not a slug!", "validation.slug"],
    ["exporting", "yes", "validation.boolean"],
    ["open", "1", "validation.boolean"],
    ["q", "x".repeat(101), "validation.tooLong"],
    ["page", "0", "validation.page"],
    ["page", "-1", "validation.page"],
    ["page", "1.5", "validation.page"],
    ["page", "501", "validation.page"],
    ["page", "abc", "validation.page"],
  ])("refuses %s=%j with %s", (field, value, key) => {
    expect(fieldErrors({ [field]: value })).toEqual({ code: "INVALID", fields: { [field]: [key] } });
  });

  it("refuses unknown parameters by name, together with malformed ones", () => {
    expect(fieldErrors({ contry: "VN", sort: "name", page: "0", minLevel: "expert" })).toEqual({
      code: "INVALID",
      fields: { contry: ["validation.unknownParameter"], sort: ["validation.unknownParameter"], page: ["validation.page"], minLevel: ["validation.languageLevel"] },
    });
  });

  it("refuses actorId as a parameter, so that it can never stand in for the signed-in user", () => {
    expect(() => searchParamsToInput(new URLSearchParams("country=VN&actorId=someone"))).toThrow(AppError);
    expect(() => searchParamsToInput({ actorId: "someone" })).toThrow(AppError);
    expect(searchParamsToInput({ country: "VN", q: undefined, language: ["sv", "en"] })).toEqual({ country: "VN", language: ["sv", "en"] });
  });

  it("refuses a repeated parameter", () => {
    expect(fieldErrors(searchParamsToInput(new URLSearchParams("country=VN&country=TH")))).toEqual({ code: "INVALID", fields: { country: ["validation.singleValue"] } });
  });
});

describe("directoryHref", () => {
  it("keeps only the filters that are set, lower-casing codes, and drops page 1", () => {
    expect(directoryHref({ country: "VN", language: "vi", minLevel: "FLUENT", sector: "G", exporting: true, q: "spice & tea", page: 1 })).toBe(
      "/directory?country=vn&language=vi&minLevel=fluent&sector=G&exporting=true&q=spice+%26+tea",
    );
    expect(directoryHref({}, {})).toBe("/directory");
  });

  it("applies changes over the current query", () => {
    expect(directoryHref({ country: "VN", page: 4 }, { page: 5 })).toBe("/directory?country=vn&page=5");
    expect(directoryHref({ country: "VN", page: 4 }, { country: undefined, page: undefined })).toBe("/directory");
    expect(directoryHref({ open: false }, { language: "ar" })).toBe("/directory?language=ar&open=false");
  });

  it("round-trips through the schema", () => {
    const query = directoryQuerySchema.parse({ country: "se", relation: "exports_to", open: "true", page: "2" });
    const href = directoryHref(query);
    expect(directoryQuerySchema.parse(searchParamsToInput(new URL(href, "http://x").searchParams))).toEqual(query);
  });
});
