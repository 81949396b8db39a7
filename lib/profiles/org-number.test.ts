import { describe, it, expect } from "vitest";
import { isValidOrgNumber, withLuhnDigit } from "./org-number";

describe("isValidOrgNumber", () => {
  it("accepts real organisation numbers", () => {
    expect(isValidOrgNumber("556016-0680")).toBe(true); // Telefonaktiebolaget LM Ericsson
    expect(isValidOrgNumber("556012-5790")).toBe(true); // AB Volvo
    expect(isValidOrgNumber("556042-7220")).toBe(true); // H & M Hennes & Mauritz AB
    expect(isValidOrgNumber("202100-5448")).toBe(true); // Skatteverket (a state authority)
  });

  it("accepts a Luhn-valid personal identity number (sole trader)", () => {
    expect(isValidOrgNumber("811228-9874")).toBe(true);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidOrgNumber("556016-0681")).toBe(false);
    expect(isValidOrgNumber("556042-7221")).toBe(false);
    expect(isValidOrgNumber("811228-9875")).toBe(false);
  });

  it("rejects bad formats", () => {
    for (const value of ["5560160680", "556016 0680", "55601-60680", "556016-068", "556016-06800", "55601a-0680", "", " 556016-0680", "556016–0680"]) {
      expect(isValidOrgNumber(value), value).toBe(false);
    }
  });
});

describe("withLuhnDigit", () => {
  it("appends the check digit and formats the number", () => {
    expect(withLuhnDigit("556016068")).toBe("556016-0680");
    expect(withLuhnDigit("556042722")).toBe("556042-7220");
    expect(withLuhnDigit("202100544")).toBe("202100-5448");
  });

  it("produces numbers that validate", () => {
    for (const nine of ["000000000", "559123456", "999999999", "761104123"]) {
      expect(isValidOrgNumber(withLuhnDigit(nine))).toBe(true);
    }
  });

  it("rejects input that is not nine digits", () => {
    expect(() => withLuhnDigit("55601606")).toThrow();
    expect(() => withLuhnDigit("556016-068")).toThrow();
  });
});
