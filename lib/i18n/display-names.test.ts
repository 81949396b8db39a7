import { describe, expect, it } from "vitest";
import { countryName, languageName } from "./display-names";

describe("display names", () => {
  it("names countries in the viewer's language", () => {
    expect(countryName("en", "VN")).toBe("Vietnam");
    expect(countryName("sv", "de")).toBe("Tyskland");
    expect(countryName("ar", "SE")).toBe("السويد");
  });

  it("names languages in the viewer's language", () => {
    expect(languageName("en", "sv")).toBe("Swedish");
    expect(languageName("sv", "ar")).toBe("arabiska");
  });

  it("falls back to the code for unknown regions", () => {
    expect(countryName("en", "XX")).toBe("XX");
  });
});
