import { z } from "zod";
import { id, optionalText, plainText } from "@/lib/validation";
import { visibilityLevels } from "./visibility";
import { isCountryCode, isLanguageCode } from "./codes";
import { isValidOrgNumber } from "./org-number";
import { COMPANY_SIZES, COUNTRY_RELATIONS, KNOWLEDGE_AREAS, LANGUAGE_LEVELS, LIMITS, SNI_SECTIONS } from "./options";
import { duplicateIndexes } from "./rules";

// Every message is a key of the `validation` catalogue namespace.

const visibility = z.enum(visibilityLevels, { error: "validation.invalid" });

/** An HTML checkbox: "on" when ticked, absent otherwise; services may pass a boolean. */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

/** "" and missing become undefined, so an optional select may be left on its empty option. */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const countryCode = z
  .string({ error: "validation.unknownCountry" })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, "validation.unknownCountry");

export const languageCode = z
  .string({ error: "validation.unknownLanguage" })
  .trim()
  .toLowerCase()
  .refine(isLanguageCode, "validation.unknownLanguage");

/** A checkbox group: one value arrives as a string, several as an array; duplicates collapse. */
const checkboxGroup = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => [...new Set(value === undefined ? [] : Array.isArray(value) ? value : [value])])
    .pipe(z.array(z.enum(values, { error: "validation.invalid" })));

const multilineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .refine((value) => !/[<>]/.test(value), "validation.noMarkup")
    .optional()
    .transform((value) => value?.replace(/\r\n?/g, "\n") || undefined);

export const languageRowSchema = z.object({
  code: languageCode,
  level: z.enum(LANGUAGE_LEVELS, { error: "validation.chooseLevel" }),
});

export const countryKnowledgeRowSchema = z.object({
  country: countryCode,
  relations: checkboxGroup(COUNTRY_RELATIONS).refine((relations) => relations.length > 0, "validation.chooseRelation"),
  years: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "validation.number" }).int("validation.number").min(0, "validation.yearsRange").max(LIMITS.maxYears, "validation.yearsRange").optional(),
  ),
  areas: checkboxGroup(KNOWLEDGE_AREAS),
  note: optionalText(LIMITS.note),
});

/** A list whose rows must not repeat `key`; the repeat is reported on the row that repeats it. */
const uniqueRows = <S extends z.ZodType<Record<string, unknown>>>(row: S, key: string, max: number, messages: { tooMany: string; duplicate: string }) =>
  z
    .array(row)
    .max(max, messages.tooMany)
    .superRefine((rows, context) => {
      for (const index of duplicateIndexes(rows.map((entry) => String(entry[key])))) {
        context.addIssue({ code: "custom", message: messages.duplicate, path: [index, key] });
      }
    });

export const profileSchema = z.object({
  headline: optionalText(LIMITS.headline),
  bio: multilineText(LIMITS.bio),
  city: optionalText(LIMITS.city),
  countryOfBirth: z.preprocess(blankToUndefined, countryCode.optional()),
  openToIntroductions: checkbox,
  aboutVisibility: visibility,
  languagesVisibility: visibility,
  countriesVisibility: visibility,
  companyVisibility: visibility,
  languages: uniqueRows(languageRowSchema, "code", LIMITS.languages, { tooMany: "validation.tooManyLanguages", duplicate: "validation.duplicateLanguage" }).default([]),
  countries: uniqueRows(countryKnowledgeRowSchema, "country", LIMITS.countries, { tooMany: "validation.tooManyCountries", duplicate: "validation.duplicateCountry" }).default([]),
});
export type ProfileInput = z.output<typeof profileSchema>;

/** NNNNNN-NNNN with a valid Luhn digit; ten digits without the hyphen are accepted and formatted. */
export const orgNumber = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .transform((value) => (/^\d{10}$/.test(value) ? `${value.slice(0, 6)}-${value.slice(6)}` : value))
  .refine(isValidOrgNumber, "validation.orgNumber");

function isHttpsAddress(value: string) {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === "https:" && z.regexes.domain.test(url.hostname) && !url.username && !url.password;
}

/** An optional https address; a bare host name gets https:// in front of it. */
const website = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    const trimmed = value.trim();
    if (!trimmed) return undefined;
    return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  },
  z.string().max(LIMITS.website, "validation.tooLong").refine(isHttpsAddress, "validation.website").optional(),
);

export const companySchema = z
  .object({
    name: plainText(2, LIMITS.companyName),
    orgNumber,
    sniSection: z.enum(SNI_SECTIONS, { error: "validation.chooseSector" }),
    size: z.enum(COMPANY_SIZES, { error: "validation.chooseSize" }),
    website,
    exporting: z.preprocess((value) => (value === true ? "yes" : value === false ? "no" : value), z.enum(["yes", "no"], { error: "validation.required" })).transform((value) => value === "yes"),
    exportMarkets: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((value) => [...new Set(value === undefined ? [] : Array.isArray(value) ? value : [value])])
      .pipe(z.array(countryCode).max(LIMITS.exportMarkets, "validation.tooManyMarkets")),
  })
  .superRefine((company, context) => {
    if (!company.exporting && company.exportMarkets.length > 0) {
      context.addIssue({ code: "custom", message: "validation.marketsNeedExporting", path: ["exportMarkets"] });
    }
  });
export type CompanyInput = z.output<typeof companySchema>;

export const memberIdSchema = z.object({ memberId: id });

/** The uploaded file, before its content is checked by decoding it (see photo-image.ts). */
export const photoUploadSchema = z.object({
  photo: z
    .custom<Blob>((value) => typeof Blob !== "undefined" && value instanceof Blob, "validation.photoRequired")
    .refine((file) => file.size > 0, "validation.photoRequired")
    .refine((file) => file.size <= LIMITS.photoBytes, "validation.photoTooLarge"),
});
