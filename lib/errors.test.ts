import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, httpStatusOf, parseInput } from "./errors";
import { plainText } from "./validation";

const schema = z.object({
  name: plainText(2, 10),
  age: z.number({ error: "validation.number" }).min(18, "validation.min"),
  address: z.object({ city: plainText(2, 20) }),
  tags: z.array(z.string().max(3, "validation.tooLong")),
  untranslated: z.string().optional(),
});
const valid = { name: "Amira", age: 40, address: { city: "Umeå" }, tags: ["ab"] };

function refusal(input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    return error;
  }
  throw new Error("parseInput accepted the input");
}

describe("parseInput", () => {
  it("returns the parsed, transformed data", () => {
    expect(parseInput(schema, { ...valid, name: "  Amira  " })).toEqual({ ...valid, name: "Amira" });
  });

  it("refuses with INVALID and one validation key per failing field, nested paths joined with dots", () => {
    const error = refusal({ name: "<b>", age: 12, address: { city: "X" }, tags: ["ok", "long"] });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "INVALID",
      messageKey: "invalidInput",
      fieldErrors: { name: ["validation.noMarkup"], age: ["validation.min"], "address.city": ["validation.tooShort"], "tags.1": ["validation.tooLong"] },
    });
  });

  it("collects several keys for one field", () => {
    const error = refusal({ ...valid, name: "<".repeat(11) });
    expect((error as AppError).fieldErrors?.name).toEqual(["validation.tooLong", "validation.noMarkup"]);
  });

  it("maps messages that are not validation keys to validation.invalid", () => {
    expect(refusal({ ...valid, untranslated: 5 })).toMatchObject({ fieldErrors: { untranslated: ["validation.invalid"] } });
  });

  it("reports a wrong top-level type under `form`", () => {
    expect(refusal("not an object")).toMatchObject({ code: "INVALID", fieldErrors: { form: ["validation.invalid"] } });
  });

  it("maps every error code to an HTTP status", () => {
    expect(httpStatusOf).toEqual({ UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID: 400, RATE_LIMITED: 429 });
    expect(new AppError("FORBIDDEN", "notOrganiser").message).toBe("FORBIDDEN: notOrganiser");
  });
});
