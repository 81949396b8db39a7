import { COUNTRY_CODES, LANGUAGE_CODES } from "@/lib/profiles/codes";
import { sortedByName } from "@/lib/profiles/rules";
import { countryName, languageName } from "./display-names";

export type CodeOption = { value: string; label: string };

// Every country and language, named in the UI language and sorted the way it sorts. The
// lists are the same for every request in a locale, so each is built once per process.
const cache = new Map<string, CodeOption[]>();

function cached(key: string, build: () => CodeOption[]) {
  let options = cache.get(key);
  if (!options) cache.set(key, (options = build()));
  return options;
}

/** Values are upper-case ISO 3166-1 alpha-2 codes. */
export const countryOptions = (locale: string) =>
  cached(`country:${locale}`, () => sortedByName(COUNTRY_CODES, (code) => countryName(locale, code), locale).map(({ code, name }) => ({ value: code, label: name })));

/** Values are ISO 639-1 codes. */
export const languageOptions = (locale: string) =>
  cached(`language:${locale}`, () => sortedByName(LANGUAGE_CODES, (code) => languageName(locale, code), locale).map(({ code, name }) => ({ value: code, label: name })));
