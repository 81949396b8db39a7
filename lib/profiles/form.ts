// The profile form posts its list rows as `languages.0.code`, `countries.2.relations`, …; these
// helpers turn the flat fields into the nested input profileSchema parses. Safe in the browser:
// the form uses the same blank-row test to place the server's field errors on its rows.

export type FormValue = string | string[];
export type FormRow = Record<string, FormValue | undefined>;

const filled = (value: unknown) => (Array.isArray(value) ? value.length > 0 : typeof value === "string" && value.trim() !== "");

/** A language row without a language is an unused spare row (or a row cleared without JavaScript). */
export const isBlankLanguageRow = (row: { code?: unknown }) => !filled(row.code);

/** A country row is blank only when nothing at all is filled in; a half-filled row gets errors. */
export const isBlankCountryRow = (row: { country?: unknown; relations?: unknown; years?: unknown; areas?: unknown; note?: unknown }) =>
  ![row.country, row.relations, row.years, row.areas, row.note].some(filled);

/** Rows `prefix.N.key` in the order of N. */
export function rowsOf(fields: Record<string, FormValue>, prefix: string): FormRow[] {
  const rows = new Map<number, FormRow>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.([a-zA-Z]+)$`);
  for (const [name, value] of Object.entries(fields)) {
    const match = pattern.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? {};
    row[match[2]!] = value;
    rows.set(index, row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

const scalar = (value: FormValue | undefined) => (Array.isArray(value) ? value[0] : value);

/** The profile form's fields as profileSchema's input, spare rows left out. */
export function profileInputFromForm(fields: Record<string, FormValue>) {
  return {
    headline: scalar(fields.headline),
    bio: scalar(fields.bio),
    city: scalar(fields.city),
    countryOfBirth: scalar(fields.countryOfBirth),
    openToIntroductions: scalar(fields.openToIntroductions),
    aboutVisibility: scalar(fields.aboutVisibility),
    languagesVisibility: scalar(fields.languagesVisibility),
    countriesVisibility: scalar(fields.countriesVisibility),
    companyVisibility: scalar(fields.companyVisibility),
    languages: rowsOf(fields, "languages").filter((row) => !isBlankLanguageRow(row)),
    countries: rowsOf(fields, "countries").filter((row) => !isBlankCountryRow(row)),
  };
}

/**
 * For each row the form shows, its index among the rows that were submitted (blank rows are
 * left out), so that an error on `languages.1.code` lands on the right row; null for blank rows.
 */
export function submittedIndexes<R>(rows: R[], isBlank: (row: R) => boolean): (number | null)[] {
  let next = 0;
  return rows.map((row) => (isBlank(row) ? null : next++));
}

/** The errors of a field and of anything inside it (`countries.0.relations` and `countries.0.relations.1`). */
export function errorsAt(fieldErrors: Record<string, string[]> | undefined, path: string): string[] | undefined {
  if (!fieldErrors) return undefined;
  const found = Object.entries(fieldErrors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .flatMap(([, keys]) => keys);
  return found.length ? [...new Set(found)] : undefined;
}
