import { getTranslations } from "next-intl/server";
import { Avatar } from "@/components/avatar";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import type { DirectoryItem } from "@/lib/directory/service";
import { countryName, languageName } from "@/lib/i18n/display-names";

/** One person in the results; only the sections the viewer may see arrive filled in. */
export async function MemberCard({ item, locale, networkNames }: { item: DirectoryItem; locale: string; networkNames: Map<string, string> }) {
  const t = await getTranslations("directory");
  const headingId = `member-${item.id}`;
  return (
    <article aria-labelledby={headingId} className="flex gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="directory-result">
      <Avatar id={item.id} name={item.name} size="sm" decorative />
      <div className="min-w-0 flex-1 space-y-2">
        <div>
          <h3 id={headingId} className="text-lg font-semibold">
            <Link href={`/members/${item.id}`} className="text-brand-800 underline-offset-2 hover:underline">
              {item.name}
            </Link>
          </h3>
          {item.headline && <p className="text-sm text-slate-700">{item.headline}</p>}
        </div>
        {item.company && (
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
            <span className="font-medium">{item.company.name}</span>
            <span className="text-slate-600">· {t(`sectors.${item.company.sector}`)}</span>
            {item.company.exporting && <Badge tone="green">{t("exportingBadge")}</Badge>}
          </p>
        )}
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {item.countries.length > 0 && (
            <>
              <dt className="font-medium text-slate-700">{t("countriesLabel")}</dt>
              <dd>
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {item.countries.map((country) => (
                    <li key={country.code}>
                      <Link href={`/markets/${country.code.toLowerCase()}`} className="text-brand-800 underline">
                        {countryName(locale, country.code)}
                      </Link>
                      <span className="text-slate-600"> ({country.relations.map((relation) => t(`relation.${relation}`)).join(" · ")})</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {item.languages.length > 0 && (
            <>
              <dt className="font-medium text-slate-700">{t("languagesLabel")}</dt>
              <dd className="text-slate-800">
                {item.languages.map((language) => t("languageWithLevel", { language: languageName(locale, language.code), level: t(`level.${language.level}`) })).join(", ")}
              </dd>
            </>
          )}
          {item.networks.length > 0 && (
            <>
              <dt className="font-medium text-slate-700">{t("networksLabel")}</dt>
              <dd className="text-slate-800">{item.networks.map((slug) => networkNames.get(slug) ?? slug).join(", ")}</dd>
            </>
          )}
        </dl>
      </div>
    </article>
  );
}
