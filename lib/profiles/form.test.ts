import { describe, expect, it } from "vitest";
import { isBlankCountryRow, isBlankLanguageRow, profileInputFromForm, rowsOf, submittedIndexes } from "./form";

describe("rowsOf", () => {
  it("groups numbered fields into rows in index order", () => {
    const fields = { "languages.10.code": "de", "languages.2.code": "sv", "languages.2.level": "NATIVE", "languages.x.code": "no", other: "x", "countries.0.country": "SE" };
    expect(rowsOf(fields, "languages")).toEqual([{ code: "sv", level: "NATIVE" }, { code: "de" }]);
  });
});

describe("profileInputFromForm", () => {
  it("builds the nested input and leaves out spare rows", () => {
    const input = profileInputFromForm({
      headline: "Founder",
      openToIntroductions: "on",
      aboutVisibility: "PUBLIC",
      "languages.0.code": "es",
      "languages.0.level": "NATIVE",
      "languages.1.code": "",
      "languages.1.level": "FLUENT",
      "countries.0.country": "CL",
      "countries.0.relations": ["BORN", "LIVED"],
      "countries.0.years": "27",
      "countries.1.country": "",
      "countries.1.years": "",
      "countries.1.note": "",
      "countries.2.country": "",
      "countries.2.relations": "WORKED",
    });
    expect(input.headline).toBe("Founder");
    expect(input.openToIntroductions).toBe("on");
    expect(input.languages).toEqual([{ code: "es", level: "NATIVE" }]);
    // A row with a relation but no country is kept, so that it gets "choose a country".
    expect(input.countries).toEqual([
      { country: "CL", relations: ["BORN", "LIVED"], years: "27" },
      { country: "", relations: "WORKED" },
    ]);
  });
});

describe("blank rows and submitted indexes", () => {
  it("maps the rows the form shows to the indexes the server reports", () => {
    const rows = [{ code: "sv", level: "NATIVE" }, { code: "", level: "FLUENT" }, { code: "en", level: "FLUENT" }];
    expect(submittedIndexes(rows, isBlankLanguageRow)).toEqual([0, null, 1]);
    expect(isBlankCountryRow({ country: "", relations: [], areas: [], years: " ", note: "" })).toBe(true);
    expect(isBlankCountryRow({ country: "", relations: [], areas: ["LOGISTICS"] })).toBe(false);
  });
});
