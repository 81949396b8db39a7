import { getTranslations } from "next-intl/server";
import type { CountryRelation, KnowledgeArea } from "@/generated/prisma/enums";
import { countryName } from "@/lib/i18n/display-names";
import { COUNTRY_RELATIONS, KNOWLEDGE_AREAS } from "@/lib/profiles/options";

export type CountryKnowledgeEntry = { country: string; relations: CountryRelation[]; years: number | null; areas: KnowledgeArea[]; note: string | null };

/** Countries a member knows: how they know each one and what they know about it. */
export async function CountryKnowledgeList({ entries, locale }: { entries: CountryKnowledgeEntry[]; locale: string }) {
  const t = await getTranslations("memberPage");
  const tProfile = await getTranslations("profile");
  const inOrder = <T extends string>(all: readonly T[], chosen: T[]) => all.filter((value) => chosen.includes(value));
  return (
    <ul className="divide-y divide-slate-200">
      {entries.map((entry) => (
        <li key={entry.country} className="space-y-2 py-4 first:pt-0 last:pb-0" data-testid="country-knowledge">
          <h3 className="flex flex-wrap items-baseline gap-x-3 text-lg font-semibold text-slate-900">
            {countryName(locale, entry.country)}
            {entry.years != null && <span className="text-sm font-normal text-slate-600">{t("years", { count: entry.years })}</span>}
          </h3>
          <dl className="space-y-1.5 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <dt className="font-medium text-slate-700">{t("howKnown")}:</dt>
              {inOrder(COUNTRY_RELATIONS, entry.relations).map((relation) => (
                <dd key={relation} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-brand-900">
                  {tProfile(`relation.${relation}`)}
                </dd>
              ))}
            </div>
            {entry.areas.length > 0 && (
              <div className="flex flex-wrap items-center gap-2">
                <dt className="font-medium text-slate-700">{t("knowsAbout")}:</dt>
                {inOrder(KNOWLEDGE_AREAS, entry.areas).map((area) => (
                  <dd key={area} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-slate-800">
                    {tProfile(`area.${area}`)}
                  </dd>
                ))}
              </div>
            )}
          </dl>
          {entry.note && <p className="text-slate-800">{entry.note}</p>}
        </li>
      ))}
    </ul>
  );
}
