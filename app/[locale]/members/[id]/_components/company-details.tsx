import { getTranslations } from "next-intl/server";
import type { CompanySize } from "@/generated/prisma/enums";
import { countryName } from "@/lib/i18n/display-names";

type Company = { name: string; sniSection: string; size: CompanySize; website: string | null; exporting: boolean; exportMarkets: string[] };

/** The company section of a profile page. */
export async function CompanyDetails({ company, locale }: { company: Company; locale: string }) {
  const t = await getTranslations("memberPage");
  const tCompany = await getTranslations("company");
  const row = "grid gap-1 sm:grid-cols-[10rem_1fr]";
  return (
    <div className="space-y-3">
      <p className="text-lg font-semibold text-slate-900" data-testid="company-name">
        {company.name}
      </p>
      <dl className="space-y-2 text-slate-800">
        <div className={row}>
          <dt className="font-medium text-slate-700">{t("sector")}</dt>
          <dd>{tCompany("sectorOption", { section: company.sniSection, name: tCompany(`sni.${company.sniSection}`) })}</dd>
        </div>
        <div className={row}>
          <dt className="font-medium text-slate-700">{t("size")}</dt>
          <dd>{tCompany(`sizes.${company.size}`)}</dd>
        </div>
        {company.website && (
          <div className={row}>
            <dt className="font-medium text-slate-700">{t("website")}</dt>
            <dd>
              <a href={company.website} rel="noopener noreferrer nofollow" target="_blank" className="break-all font-medium text-brand-800 underline">
                {company.website.replace(/^https:\/\//, "").replace(/\/$/, "")}
              </a>
            </dd>
          </div>
        )}
        <div className={row}>
          <dt className="font-medium text-slate-700">{t("exporting")}</dt>
          <dd>{company.exporting ? t("exportingYes") : t("exportingNo")}</dd>
        </div>
        {company.exportMarkets.length > 0 && (
          <div className={row}>
            <dt className="font-medium text-slate-700">{t("exportMarkets")}</dt>
            <dd>{company.exportMarkets.map((code) => countryName(locale, code)).join(", ")}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
