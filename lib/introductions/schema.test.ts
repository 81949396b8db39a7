import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/errors";
import { askForIntroductionSchema, respondToIntroductionSchema } from "./schema";

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { fieldErrors?: Record<string, string[]> }).fieldErrors;
  }
  throw new Error("accepted");
};

describe("introduction schemas", () => {
  it("normalises the country to upper case and trims the reason", () => {
    expect(parseInput(askForIntroductionSchema, { targetId: "u1", country: " vn ", reason: "  A good reason here  " })).toEqual({ targetId: "u1", country: "VN", reason: "A good reason here" });
  });

  it.each(["", "V", "VNM", "ZZ", "12"])("refuses the country %j", (country) => {
    expect(refusal(() => parseInput(askForIntroductionSchema, { targetId: "u1", country, reason: "A good reason here" }))).toEqual({ country: ["validation.introductionCountry"] });
  });

  it("accepts Kosovo's user-assigned code, as the map does", () => {
    expect(parseInput(askForIntroductionSchema, { targetId: "u1", country: "XK", reason: "A good reason here" }).country).toBe("XK");
  });

  it("bounds the reason to 10–500 characters of plain text", () => {
    const ask = (reason: unknown) => refusal(() => parseInput(askForIntroductionSchema, { targetId: "u1", country: "SE", reason }));
    expect(ask("too short")).toEqual({ reason: ["validation.tooShort"] });
    expect(ask("x".repeat(501))).toEqual({ reason: ["validation.tooLong"] });
    expect(ask("<script>alert(1)</script>")).toEqual({ reason: ["validation.noMarkup"] });
    expect(ask(undefined)).toEqual({ reason: ["validation.required"] });
    expect(parseInput(askForIntroductionSchema, { targetId: "u1", country: "SE", reason: "x".repeat(500) }).reason).toHaveLength(500);
  });

  it("takes ACCEPTED or DECLINED and an optional response", () => {
    expect(parseInput(respondToIntroductionSchema, { introductionId: "i1", decision: "ACCEPTED", response: "" })).toEqual({ introductionId: "i1", decision: "ACCEPTED", response: undefined });
    expect(refusal(() => parseInput(respondToIntroductionSchema, { introductionId: "i1", decision: "PENDING" }))).toEqual({ decision: ["validation.invalid"] });
    expect(refusal(() => parseInput(respondToIntroductionSchema, { introductionId: "i1", decision: "DECLINED", response: "y".repeat(501) }))).toEqual({ response: ["validation.tooLong"] });
  });
});
