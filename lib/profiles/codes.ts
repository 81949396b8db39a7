import countries from "i18n-iso-countries";
import ISO6391 from "iso-639-1";

// The code lists behind the country and language fields: ISO 3166-1 alpha-2 (from
// i18n-iso-countries, without its locale data) and ISO 639-1 (from iso-639-1). Names are never
// taken from these packages: the UI names codes with Intl.DisplayNames in the viewer's language.

export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();
export const LANGUAGE_CODES: readonly string[] = [...ISO6391.getAllCodes()].sort();

const countrySet = new Set(COUNTRY_CODES);
const languageSet = new Set(LANGUAGE_CODES);

export const isCountryCode = (code: string) => countrySet.has(code);
export const isLanguageCode = (code: string) => languageSet.has(code);
