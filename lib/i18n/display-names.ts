// Country and language names in the viewer's language, from the platform's own ICU data.
const cache = new Map<string, Intl.DisplayNames>();

function displayNames(locale: string, type: "region" | "language") {
  const key = `${locale}:${type}`;
  let names = cache.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type, fallback: "code" });
    cache.set(key, names);
  }
  return names;
}

export const countryName = (locale: string, code: string) => displayNames(locale, "region").of(code.toUpperCase()) ?? code;
export const languageName = (locale: string, code: string) => displayNames(locale, "language").of(code.toLowerCase()) ?? code;
