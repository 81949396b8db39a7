import { LEVELS, RELATIONS, SECTORS } from "@/lib/directory/rules";
import { countryOptions, languageOptions } from "@/lib/i18n/options";

type Translate = (key: string) => string;

/** Every choice of the filter form, named in the viewer's language and sorted for it. */
export function filterOptions(locale: string, t: Translate, networks: { slug: string; name: string }[]) {
  return {
    // The directory's URLs carry lower-case country codes.
    countries: countryOptions(locale).map(({ value, label }) => ({ value: value.toLowerCase(), label })),
    languages: languageOptions(locale),
    relations: RELATIONS.map((relation) => ({ value: relation.toLowerCase(), label: t(`relation.${relation}`) })),
    levels: LEVELS.map((level) => ({ value: level.toLowerCase(), label: t(`minLevelOption.${level}`) })),
    sectors: SECTORS.map((sector) => ({ value: sector, label: `${sector} – ${t(`sectors.${sector}`)}` })),
    networks: networks.map((network) => ({ value: network.slug, label: network.name })),
  };
}
