import { describe, expect, it } from "vitest";
import { MEMBER_EMAIL } from "./accounts";
import { buildDemoDataset } from "./dataset";
import { visibilityOf } from "./visibility";

const SECTIONS = ["aboutVisibility", "languagesVisibility", "countriesVisibility", "companyVisibility"] as const;

describe("demo profile visibilities", () => {
  const { people } = buildDemoDataset();

  it("are about 20 % public, 65 % members and 15 % network in every section", () => {
    for (const section of SECTIONS) {
      const share = (value: string) => people.filter((person) => person.profile[section] === value).length / people.length;
      expect(share("PUBLIC"), section).toBeGreaterThan(0.15);
      expect(share("PUBLIC"), section).toBeLessThan(0.25);
      expect(share("MEMBERS"), section).toBeGreaterThan(0.58);
      expect(share("MEMBERS"), section).toBeLessThan(0.72);
      expect(share("NETWORK"), section).toBeGreaterThan(0.1);
      expect(share("NETWORK"), section).toBeLessThan(0.2);
    }
  });

  it("are the same on every build and independent per section", () => {
    const again = buildDemoDataset().people;
    expect(again.map((person) => person.profile)).toEqual(people.map((person) => person.profile));
    expect(visibilityOf("demo-user-0100", "aboutVisibility")).toBe(visibilityOf("demo-user-0100", "aboutVisibility"));
    const mixed = people.filter((person) => new Set(SECTIONS.map((section) => person.profile[section])).size > 1);
    expect(mixed.length).toBeGreaterThan(people.length / 3);
  });

  it("keep the member demo account visible to all members and open to introductions", () => {
    const member = people.find((person) => person.email === MEMBER_EMAIL)!;
    expect(member.profile).toMatchObject({ aboutVisibility: "MEMBERS", languagesVisibility: "MEMBERS", countriesVisibility: "MEMBERS", companyVisibility: "MEMBERS", openToIntroductions: true });
  });
});
