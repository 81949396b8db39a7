import { describe, expect, it } from "vitest";
import { countryName } from "@/lib/i18n/display-names";
import { colourIndex, duplicateIndexes, initialsOf, sectionVisibility, seesAnything, sortedByName, visibleSections } from "./rules";

const visitor = { isSelf: false, isNetworkMember: false, sharesNetwork: false };
const otherMember = { isSelf: false, isNetworkMember: true, sharesNetwork: false };
const sameNetwork = { isSelf: false, isNetworkMember: true, sharesNetwork: true };
const self = { isSelf: true, isNetworkMember: false, sharesNetwork: false };

describe("visibleSections", () => {
  const profile = { aboutVisibility: "PUBLIC", languagesVisibility: "MEMBERS", countriesVisibility: "NETWORK", companyVisibility: "NETWORK" } as const;

  it("shows each section by its own visibility", () => {
    const visibility = sectionVisibility(profile);
    expect(visibleSections(visibility, visitor)).toEqual({ about: true, languages: false, countries: false, company: false });
    expect(visibleSections(visibility, otherMember)).toEqual({ about: true, languages: true, countries: false, company: false });
    expect(visibleSections(visibility, sameNetwork)).toEqual({ about: true, languages: true, countries: true, company: true });
    expect(visibleSections(visibility, self)).toEqual({ about: true, languages: true, countries: true, company: true });
  });

  it("uses MEMBERS for a person without a profile", () => {
    expect(sectionVisibility(null)).toEqual({ about: "MEMBERS", languages: "MEMBERS", countries: "MEMBERS", company: "MEMBERS" });
    expect(seesAnything(visibleSections(sectionVisibility(null), visitor))).toBe(false);
    expect(seesAnything(visibleSections(sectionVisibility(null), otherMember))).toBe(true);
  });

  it("lets a visitor see a profile when any one section is public", () => {
    const onlyCompany = { aboutVisibility: "NETWORK", languagesVisibility: "NETWORK", countriesVisibility: "MEMBERS", companyVisibility: "PUBLIC" } as const;
    expect(visibleSections(sectionVisibility(onlyCompany), visitor)).toEqual({ about: false, languages: false, countries: false, company: true });
    expect(seesAnything(visibleSections(sectionVisibility(onlyCompany), visitor))).toBe(true);
  });
});

describe("duplicateIndexes", () => {
  it("reports the repeats after the first, ignoring case", () => {
    expect(duplicateIndexes(["sv", "en", "SV", "de", "en", "sv"])).toEqual([2, 4, 5]);
    expect(duplicateIndexes([])).toEqual([]);
  });
});

describe("initialsOf", () => {
  it("takes the first letters of the first and last name", () => {
    expect(initialsOf("Amira Haddad")).toBe("AH");
    expect(initialsOf("  tomás   de la  herrera ")).toBe("TH");
    expect(initialsOf("Madonna")).toBe("M");
    expect(initialsOf("Öykü Çelik")).toBe("ÖÇ");
    expect(initialsOf("أمينة حداد")).toBe("أح");
    expect(initialsOf("")).toBe("?");
  });
});

describe("colourIndex", () => {
  it("is stable for an id and spreads over the palette", () => {
    expect(colourIndex("demo-user-0004", 8)).toBe(colourIndex("demo-user-0004", 8));
    const used = new Set(Array.from({ length: 200 }, (_, i) => colourIndex(`user-${i}`, 8)));
    expect(used.size).toBe(8);
    for (const index of used) expect(index).toBeGreaterThanOrEqual(0);
  });
});

describe("sortedByName", () => {
  it("sorts codes by their name in the UI language", () => {
    const codes = ["SE", "DE", "AT", "IS"];
    expect(sortedByName(codes, (code) => countryName("en", code), "en").map((row) => row.code)).toEqual(["AT", "DE", "IS", "SE"]);
    // Swedish: Island, Sverige, Tyskland, Österrike (Ö sorts last).
    expect(sortedByName(codes, (code) => countryName("sv", code), "sv").map((row) => row.name)).toEqual(["Island", "Sverige", "Tyskland", "Österrike"]);
  });
});
