import { describe, expect, it } from "vitest";
import { countryOptions, languageOptions } from "./options";

describe("country and language options", () => {
  it("names every country in the UI language and sorts as that language sorts", () => {
    const swedish = countryOptions("sv");
    expect(swedish.length).toBeGreaterThan(240);
    expect(swedish.find((option) => option.value === "DE")?.label).toBe("Tyskland");
    // Swedish puts Å, Ä and Ö after Z.
    const labels = swedish.map((option) => option.label);
    expect(labels.indexOf("Österrike")).toBeGreaterThan(labels.indexOf("Zimbabwe"));
  });

  it("builds each list once per locale", () => {
    expect(languageOptions("ar")).toBe(languageOptions("ar"));
    expect(languageOptions("en").find((option) => option.value === "sv")?.label).toBe("Swedish");
  });
});
