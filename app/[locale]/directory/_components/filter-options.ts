import countries from "i18n-iso-countries";
import ISO6391 from "iso-639-1";
import { LEVELS, RELATIONS, SECTORS } from "@/lib/directory/rules";
import { countryName, languageName } from "@/lib/i18n/display-names";
import type { Option } from "./directory-filters";

type Translate = (key: string) => string;

const byLabel = (locale: string) => (a: Option, b: Option) => a.label.localeCompare(b.label, locale);

/** Every choice of the filter form, named in the viewer's language and sorted for it. */
export function filterOptions(locale: string, t: Translate, networks: { slug: string; name: string }[]) {
  return {
    countries: Object.keys(countries.getAlpha2Codes())
      .map((code) => ({ value: code.toLowerCase(), label: countryName(locale, code) }))
      .sort(byLabel(locale)),
    languages: ISO6391.getAllCodes()
      .map((code) => ({ value: code, label: languageName(locale, code) }))
      .sort(byLabel(locale)),
    relations: RELATIONS.map((relation) => ({ value: relation.toLowerCase(), label: t(`relation.${relation}`) })),
    levels: LEVELS.map((level) => ({ value: level.toLowerCase(), label: t(`minLevelOption.${level}`) })),
    sectors: SECTORS.map((sector) => ({ value: sector, label: `${sector} – ${t(`sectors.${sector}`)}` })),
    networks: networks.map((network) => ({ value: network.slug, label: network.name })),
  };
}
