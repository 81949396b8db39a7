import { describe, expect, it } from "vitest";
import { compareResults, LEVELS, levelsAtLeast, pageCountOf, relationStrength, relevanceScore, sortRelations, strongestRelation } from "./rules";

describe("levelsAtLeast", () => {
  it("orders native > fluent > professional > basic", () => {
    expect(levelsAtLeast("NATIVE")).toEqual(["NATIVE"]);
    expect(levelsAtLeast("FLUENT")).toEqual(["NATIVE", "FLUENT"]);
    expect(levelsAtLeast("PROFESSIONAL")).toEqual(["NATIVE", "FLUENT", "PROFESSIONAL"]);
    expect(levelsAtLeast("BASIC")).toEqual([...LEVELS]);
    expect(levelsAtLeast(undefined)).toEqual([...LEVELS]);
  });
});

describe("relations", () => {
  it("born, lived and worked are stronger than business ties, which are stronger than contacts", () => {
    const [born, lived, worked, business, exports, contacts] = (["BORN", "LIVED", "WORKED", "DID_BUSINESS", "EXPORTS_TO", "HAS_CONTACTS"] as const).map((relation) => relationStrength([relation]));
    expect(born).toBe(lived);
    expect(lived).toBe(worked);
    expect(worked).toBeGreaterThan(business!);
    expect(business).toBe(exports);
    expect(exports).toBeGreaterThan(contacts!);
    expect(contacts).toBeGreaterThan(0);
  });

  it("a person's strength is their strongest relation; none is 0", () => {
    expect(relationStrength(["HAS_CONTACTS", "WORKED"])).toBe(relationStrength(["WORKED"]));
    expect(relationStrength([])).toBe(0);
    expect(relationStrength(null)).toBe(0);
  });

  it("sorts relations strongest first for display", () => {
    expect(sortRelations(["HAS_CONTACTS", "EXPORTS_TO", "BORN", "WORKED"])).toEqual(["BORN", "WORKED", "EXPORTS_TO", "HAS_CONTACTS"]);
  });

  it("groups a person under their strongest relation", () => {
    expect(strongestRelation(["HAS_CONTACTS", "EXPORTS_TO", "LIVED"])).toBe("LIVED");
    expect(strongestRelation(["HAS_CONTACTS"])).toBe("HAS_CONTACTS");
    expect(strongestRelation([])).toBeNull();
  });
});

describe("relevanceScore", () => {
  it("puts the viewer's own network first, whatever else matches", () => {
    const sameNetworkWeak = relevanceScore({ sameNetwork: true, relations: ["HAS_CONTACTS"], level: "BASIC", textSimilarity: 0.6 });
    const otherNetworkStrong = relevanceScore({ sameNetwork: false, relations: ["BORN", "LIVED"], level: "NATIVE", textSimilarity: 1 });
    expect(sameNetworkWeak).toBeGreaterThan(otherNetworkStrong);
  });

  it("ranks stronger relations and higher levels higher", () => {
    const score = (relations: ("BORN" | "EXPORTS_TO" | "HAS_CONTACTS")[], level?: "NATIVE" | "FLUENT" | "PROFESSIONAL" | "BASIC") => relevanceScore({ sameNetwork: false, relations, level });
    expect(score(["BORN"])).toBeGreaterThan(score(["EXPORTS_TO"]));
    expect(score(["EXPORTS_TO"])).toBeGreaterThan(score(["HAS_CONTACTS"]));
    expect(score([], "NATIVE")).toBeGreaterThan(score([], "FLUENT"));
    expect(score([], "FLUENT")).toBeGreaterThan(score([], "PROFESSIONAL"));
    expect(score([], "PROFESSIONAL")).toBeGreaterThan(score([], "BASIC"));
    expect(score(["BORN"], "NATIVE")).toBeGreaterThan(score(["BORN"], "BASIC"));
  });

  it("ranks closer text matches higher and clamps similarity to 0–1", () => {
    expect(relevanceScore({ sameNetwork: false, textSimilarity: 0.9 })).toBeGreaterThan(relevanceScore({ sameNetwork: false, textSimilarity: 0.6 }));
    expect(relevanceScore({ sameNetwork: false, textSimilarity: 3 })).toBe(relevanceScore({ sameNetwork: false, textSimilarity: 1 }));
    expect(relevanceScore({ sameNetwork: false, textSimilarity: -1 })).toBe(0);
    expect(relevanceScore({ sameNetwork: false })).toBe(0);
  });
});

describe("compareResults and pages", () => {
  it("sorts by score, then name, then id", () => {
    const rows = [
      { id: "b", name: "Ana", score: 10 },
      { id: "a", name: "Ana", score: 10 },
      { id: "c", name: "Zed", score: 40 },
      { id: "d", name: "Bo", score: 10 },
    ];
    expect(rows.sort(compareResults).map((row) => row.id)).toEqual(["c", "a", "b", "d"]);
  });

  it("counts pages of 20, at least one", () => {
    expect([0, 1, 20, 21, 40, 41].map(pageCountOf)).toEqual([1, 1, 1, 2, 2, 3]);
  });
});
