import countries from "i18n-iso-countries";
import { z } from "zod";
import { id, optionalText, plainText } from "@/lib/validation";
import { REASON_MAX, REASON_MIN, RESPONSE_MAX } from "./rules";

/** ISO 3166-1 alpha-2, upper-cased; the code list without its locale data (names come from Intl.DisplayNames). */
export const countryCode = z
  .string({ error: "validation.required" })
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), "validation.introductionCountry");

export const askForIntroductionSchema = z.object({
  targetId: id,
  country: countryCode,
  reason: plainText(REASON_MIN, REASON_MAX),
});

export const respondToIntroductionSchema = z.object({
  introductionId: id,
  decision: z.enum(["ACCEPTED", "DECLINED"], { error: "validation.invalid" }),
  response: optionalText(RESPONSE_MAX),
});

export const introductionIdSchema = z.object({ introductionId: id });

export const introductionTargetSchema = z.object({ targetId: id });
