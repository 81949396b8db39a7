import countries from "i18n-iso-countries";
import ISO6391 from "iso-639-1";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { slug } from "@/lib/validation";
import { LEVELS, MAX_PAGE, RELATIONS, SECTORS } from "./rules";

// The directory's query, as it arrives from a URL (every value a string) or from code.
// Empty values count as absent, so a submitted form with blank selects is a valid search.

const alpha2 = new Set(Object.keys(countries.getAlpha2Codes()));
export const isCountryCode = (code: string) => alpha2.has(code.toUpperCase());

/** One URL parameter: trims strings, turns blanks into `undefined`, refuses repeats. */
export const param = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z.preprocess(
    (value) => {
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      if (typeof value === "string") return value.trim() || undefined;
      return value;
    },
    z.string({ error: (issue) => (Array.isArray(issue.input) ? "validation.singleValue" : "validation.invalid") }).pipe(schema).optional(),
  );

const upperEnum = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(z.enum(values, { error: message }));

const flag = z.enum(["true", "false"], { error: "validation.boolean" }).transform((value) => value === "true");

export const directoryQueryShape = {
  country: param(
    z
      .string()
      .transform((value) => value.toUpperCase())
      .refine(isCountryCode, "validation.countryCode"),
  ),
  relation: param(upperEnum(RELATIONS, "validation.relation")),
  language: param(
    z
      .string()
      .transform((value) => value.toLowerCase())
      .refine((code) => ISO6391.validate(code), "validation.languageCode"),
  ),
  minLevel: param(upperEnum(LEVELS, "validation.languageLevel")),
  sector: param(upperEnum(SECTORS, "validation.sector")),
  network: param(slug),
  exporting: param(flag),
  open: param(flag),
  q: param(z.string().max(100, "validation.tooLong")),
  page: param(
    z
      .string()
      .regex(/^\d{1,6}$/, "validation.page")
      .transform(Number)
      .pipe(z.number().int().min(1, "validation.page").max(MAX_PAGE, "validation.page")),
  ),
};

export type DirectoryParameter = keyof typeof directoryQueryShape;
export const directoryParameters = Object.keys(directoryQueryShape) as DirectoryParameter[];

/** Unknown parameters are refused by name, so a typo in a shared link does not silently widen a search. */
export const directoryQuerySchema = z
  .looseObject(directoryQueryShape)
  .superRefine(
    (value, context) => {
      for (const key of Object.keys(value)) {
        if (!(key in directoryQueryShape)) context.addIssue({ code: "custom", path: [key], message: "validation.unknownParameter" });
      }
    },
    // Also when a known parameter is already refused, so that one answer names every problem.
    { when: () => true },
  )
  .transform(({ country, relation, language, minLevel, sector, network, exporting, open, q, page }) => ({
    country,
    relation,
    language,
    minLevel,
    sector,
    network,
    exporting,
    open,
    q,
    page: page ?? 1,
  }));

export type DirectoryQuery = z.output<typeof directoryQuerySchema>;
export type DirectoryFilters = Omit<DirectoryQuery, "page">;

/**
 * URL search parameters (URLSearchParams or a page's `searchParams`) as the schema expects
 * them: a repeated parameter becomes an array, which the schema refuses. `actorId` is refused
 * here because services take it beside the query: a parameter must never stand in for it.
 */
export function searchParamsToInput(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key);
      input[key] = values.length === 1 ? values[0]! : values;
    }
  } else {
    for (const [key, value] of Object.entries(params)) if (value !== undefined) input[key] = value;
  }
  if (Object.hasOwn(input, "actorId")) throw new AppError("INVALID", "invalidInput", { actorId: ["validation.unknownParameter"] });
  return input;
}

/** The query string of a search, with only the filters that are set (so shared links stay short). */
export function directoryHref(query: Partial<DirectoryQuery>, changes: Partial<Record<DirectoryParameter, string | number | boolean | undefined>> = {}) {
  const merged: Record<string, unknown> = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const key of directoryParameters) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, key === "country" || key === "language" || key === "minLevel" || key === "relation" ? String(value).toLowerCase() : String(value));
  }
  const search = params.toString();
  return search ? `/directory?${search}` : "/directory";
}
